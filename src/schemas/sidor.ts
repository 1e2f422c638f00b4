import { z } from 'astro/zod';
import { text, pageMeta, references } from './fields';

export const pageSchema = z.strictObject({
  title: text('Sidans rubrik'),
  lang: z.enum(['sv', 'en']).default('sv').describe('Sidans språk'),
  sources: references('kallor', 'Källor utöver dem som citeras i texten'),
  ...pageMeta,
});
