import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { partialDate, sources, text, pageMeta } from './fields';

export const forbundSchema = z.strictObject({
  name: text('Förbundets namn'),
  start: partialDate('När förbundet bildades').optional(),
  end: partialDate('När förbundet upphörde eller gick upp i ett annat').optional(),
  seat: z.string().trim().min(1).optional().describe('Säte (ort), om det är känt'),
  memberMunicipalities: z
    .array(reference('kommuner'))
    .min(1)
    .optional()
    .describe('Medlemskommuner. Utelämna fältet om källorna inte säger vilka.'),
  memberParties: z
    .array(reference('parter'))
    .min(1)
    .optional()
    .describe('Medlemmar utöver kommunerna. Utelämna fältet om källorna inte säger vilka.'),
  sources: sources(),
  ...pageMeta,
});
