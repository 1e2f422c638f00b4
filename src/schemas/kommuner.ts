import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { sources, text, pageMeta } from './fields';

export const municipalitySchema = z.strictObject({
  name: text('Kommunens namn, t.ex. Köping'),
  kommunkod: z
    .string({ error: 'Kommunkoden saknas eller är inte text. Skriv den inom citattecken, t.ex. "1983".' })
    .regex(/^\d{4}$/, { error: 'Kommunkoden ska vara exakt fyra siffror, t.ex. "1983" (SCB:s kommunkod).' })
    .describe('Officiell kommunkod från SCB, fyra siffror'),
  earlierForbund: z
    .union([reference('forbund'), z.literal('okänt')], {
      error: 'Tidigare förbund ska vara ett id från content/forbund/ eller ordet okänt.',
    })
    .describe('Förbundet kommunen tillhörde före 2024, eller okänt'),
  earlierForbundSources: sources('Källor för vilket förbund kommunen tillhörde'),
  sources: sources(),
  ...pageMeta,
});
