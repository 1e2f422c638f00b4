import { z } from 'astro/zod';
import { choice, flag, httpsUrl, partialDate, season, text, textList, pageFields } from './fields';
import { fieldError } from './messages';
import { SOURCE_KINDS } from './vocabulary';

export const sourceSchema = pageFields({
  title: text('Dokumentets titel'),
  kind: choice(SOURCE_KINDS, 'Vilken sorts dokument det är'),
  issuer: text('Vem som har gett ut dokumentet'),
  date: partialDate('Dokumentets datum så exakt som texten medger: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD').optional(),
  season: season(),
  approximate: flag('Sätt true när datumet är ungefärligt'),
  dateNote: text('Hur datumet är bestämt, t.ex. härlett ur texten').optional(),
  files: z
    .array(
      z
        .string({ error: fieldError('Källfil') })
        .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'Filnamnet ska se ut som 000_0a34dfc46b513caa.txt.' }),
      {
        error: fieldError('Källfilerna som dokumentet motsvarar'),
      },
    )
    .default([])
    .describe('Källfilerna som dokumentet motsvarar'),
  url: httpsUrl('Webbadress för offentliga källor').optional(),
  quality: textList('Kända brister i texten, t.ex. OCR-fel'),
});

export type SourceData = z.infer<typeof sourceSchema>;
