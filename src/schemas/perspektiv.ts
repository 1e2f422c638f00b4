import { z } from 'astro/zod';
import { sources, text, pageMeta } from './fields';

export const perspectiveSchema = z.strictObject({
  title: text('Rubrik, t.ex. Individens perspektiv'),
  order: z.number({ error: 'Ordningen ska vara ett heltal, 1–4.' }).int().min(1).describe('Plats i listan, 1–4'),
  summary: text('En mening om vad perspektivet handlar om'),
  sources: sources(),
  ...pageMeta,
});
