import { z } from 'astro/zod';
import { partialDate, season, text, pageMeta } from './fields';

export const SOURCE_KINDS = [
  'avsiktsförklaring',
  'tjänstemannayttrande',
  'beslutsunderlag',
  'förslag till beslut',
  'lag',
  'förbundsordning',
  'webbsida',
] as const;

export const sourceSchema = z.strictObject({
  title: text('Dokumentets titel'),
  kind: z
    .enum(SOURCE_KINDS, { error: `Typen måste vara en av: ${SOURCE_KINDS.join(', ')}.` })
    .describe('Vilken sorts dokument det är'),
  issuer: text('Vem som har gett ut dokumentet'),
  date: partialDate('Dokumentets datum så exakt som texten medger: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD').optional(),
  season: season(),
  approximate: z.boolean().default(false).describe('Sätt true när datumet är ungefärligt'),
  dateNote: z.string().trim().min(1).optional().describe('Hur datumet är bestämt, t.ex. härlett ur texten'),
  files: z
    .array(z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'Filnamnet ska se ut som 000_0a34dfc46b513caa.txt.' }))
    .default([])
    .describe('Källfilerna som dokumentet motsvarar'),
  url: z.url({ error: 'Adressen måste vara en hel webbadress som börjar med https://.' }).optional().describe('Webbadress för offentliga källor'),
  quality: z.array(z.string().trim().min(1)).default([]).describe('Kända brister i texten, t.ex. OCR-fel'),
  ...pageMeta,
});

export type SourceData = z.infer<typeof sourceSchema>;
