import { z } from 'astro/zod';
import { factSources, ref, sources, pageFields, text } from './fields';
import { fieldError } from './messages';
import { factsCited } from './rules';

/**
 * The facts of a municipality's fact box: its code, the förbund it belonged to
 * before 2024, and the förbund in the county from 2024 (the site's own förbund,
 * from the settings, shown on every municipality's page).
 */
export const MUNICIPALITY_FACTS = ['kommunkod', 'earlierForbund', 'currentForbund'] as const;

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
  faktakallor: factSources(MUNICIPALITY_FACTS),
  sources: sources(),
}).superRefine(
  factsCited({
    kommunkod: () => true,
    earlierForbund: (kommun) => kommun.earlierForbund !== 'okänt',
    currentForbund: () => true,
  }),
);
