import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { partialDate, references, season, sources, text, pageMeta } from './fields';

export const EVENT_KINDS = ['beslut', 'möte', 'dokument', 'organisation', 'uppföljning'] as const;

export const eventSchema = z.strictObject({
  title: text('Händelsens rubrik'),
  date: partialDate('När det hände: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD'),
  end: partialDate('Slut för en händelse som pågick en tid').optional(),
  season: season(),
  approximate: z.boolean().default(false).describe('Sätt true när datumet är ungefärligt'),
  kind: z.enum(EVENT_KINDS, { error: `Typen måste vara en av: ${EVENT_KINDS.join(', ')}.` }).describe('Sorts händelse'),
  summary: text('En eller två meningar om vad som hände'),
  parter: references('parter', 'Parter som var med'),
  kommuner: references('kommuner', 'Kommuner som var med'),
  allaKommuner: z.boolean().default(false).describe('Sätt true när alla tio kommuner var med'),
  forbund: references('forbund', 'Förbund som var med'),
  perspektiv: references('perspektiv', 'Perspektiv som händelsen hör till'),
  sources: sources('Källor: minst en källa från content/kallor/ måste ange händelsen'),
  disputed: z
    .strictObject({
      date: partialDate('Datumet som den andra källan anger').optional(),
      source: reference('kallor'),
      note: text('Vad den andra källan säger'),
    })
    .optional()
    .describe('När en källa säger något annat: vilken källa och vad den säger'),
  ...pageMeta,
});
