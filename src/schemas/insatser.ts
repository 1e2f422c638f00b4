import { z } from 'astro/zod';
import { partialDate, references, sources, text, pageMeta } from './fields';

export const INSATS_KINDS = ['individinsats', 'strukturell insats', 'kompetensutveckling'] as const;
export const INSATS_STATUSES = ['pågående', 'avslutad', 'planerad', 'okänd'] as const;

export const insatsSchema = z.strictObject({
  name: text('Insatsens namn'),
  kind: z.enum(INSATS_KINDS, { error: `Sorten måste vara en av: ${INSATS_KINDS.join(', ')}.` }).describe('Sorts insats'),
  status: z
    .enum(INSATS_STATUSES, { error: `Status måste vara en av: ${INSATS_STATUSES.join(', ')}.` })
    .describe('Läge enligt källorna; okänd när de inte säger'),
  start: partialDate('När insatsen började, om det är känt').optional(),
  end: partialDate('När insatsen slutade, om det är känt').optional(),
  kommuner: references('kommuner', 'Kommuner där insatsen finns'),
  allaKommuner: z.boolean().default(false).describe('Sätt true när insatsen gäller alla medlemskommuner'),
  parter: references('parter', 'Parter som är med'),
  financing: z.string().trim().min(1).optional().describe('Hur insatsen finansieras; utelämna om källorna inte säger det'),
  sources: sources(),
  ...pageMeta,
});
