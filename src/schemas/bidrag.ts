import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { amount, day, text } from './fields';

export const UNITS = ['kr', 'kr/år', 'procent'] as const;

export const seriesSchema = z.strictObject({
  title: text('Diagrammets rubrik'),
  takeaway: text('En mening om vad siffrorna visar'),
  unit: z.enum(UNITS, { error: `Enheten måste vara en av: ${UNITS.join(', ')}.` }).describe('Enhet för värdena'),
  points: z
    .array(
      z.strictObject({
        label: text('Vad värdet gäller, t.ex. Planeringskonferens'),
        value: amount('Värdet, i siffror'),
        note: z.string().trim().min(1).optional().describe('Förklaring till just detta värde'),
      }),
      { error: 'Ange värdena som en lista under points.' },
    )
    .min(1, { error: 'En dataserie måste ha minst ett värde under points.' })
    .describe('Värdena i serien'),
  total: amount('Summan som källan anger').optional(),
  kommun: reference('kommuner').optional().describe('Kommunen som serien gäller, om den gäller en kommun'),
  source: reference('kallor').describe('Källan som siffrorna kommer från'),
  notes: z.array(z.string().trim().min(1)).default([]).describe('Förbehåll, t.ex. att det är en budget och inte ett utfall'),
  updated: day('När serien senast ändrades, ÅÅÅÅ-MM-DD'),
});
