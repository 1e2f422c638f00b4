import { z } from 'astro/zod';
import { ref, sources, pageFields, text } from './fields';
import { fieldError } from './messages';

export const municipalitySchema = pageFields({
  name: text('Kommunens namn, t.ex. Köping'),
  kommunkod: z
    .string({ error: 'Kommunkoden saknas eller är inte text. Skriv den inom citattecken, t.ex. "1983".' })
    .regex(/^\d{4}$/, { error: 'Kommunkoden ska vara exakt fyra siffror, t.ex. "1983" (SCB:s kommunkod).' })
    .describe('Officiell kommunkod från SCB, fyra siffror'),
  // 'okänt' first: a reference would take any text, 'okänt' too.
  earlierForbund: z
    .union([z.literal('okänt'), ref('forbund', 'Tidigare förbund')], {
      error: fieldError('Tidigare förbund', 'ett id från content/forbund/ eller ordet okänt'),
    })
    .describe('Förbundet kommunen tillhörde före 2024, eller okänt'),
  earlierForbundSources: sources('Källor för vilket förbund kommunen tillhörde'),
  sources: sources(),
});
