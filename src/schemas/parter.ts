import { z } from 'astro/zod';
import { sources, text, pageMeta } from './fields';

export const partySchema = z.strictObject({
  name: text('Partens namn'),
  sources: sources(),
  ...pageMeta,
});
