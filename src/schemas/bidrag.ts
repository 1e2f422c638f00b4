import { z } from 'astro/zod';
import { amount, choice, day, group, passages, position, ref, text, textList } from './fields';
import { fieldError } from './messages';
import { totalMatchesPoints } from './rules';
import { UNITS } from './vocabulary';

export const seriesSchema = z
  .strictObject({
    title: text('Diagrammets rubrik'),
    order: position('Plats på sidan Ekonomi, 1 först'),
    takeaway: text('En mening om vad siffrorna visar'),
    unit: choice(UNITS, 'Enhet för värdena'),
    points: z
      .array(
        group(
          {
            label: text('Vad värdet gäller, t.ex. Planeringskonferens'),
            value: amount('Värdet, i siffror'),
            note: text('Förklaring till just detta värde').optional(),
          },
          'Ett värde: label och value',
        ),
        { error: 'Ange värdena som en lista under points.' },
      )
      .min(1, { error: 'En dataserie måste ha minst ett värde under points.' })
      .describe('Värdena i serien'),
    total: amount('Summan som källan anger; ska vara summan av värdena under points').optional(),
    kommun: ref('kommuner', 'Kommunen som serien gäller, om den gäller en kommun').optional(),
    source: ref('kallor', 'Källan som siffrorna kommer från'),
    citat: passages('Citat: orden i källan som siffrorna står i, ordagrant, ett eller flera'),
    notes: textList('Förbehåll, t.ex. att det är en budget och inte ett utfall'),
    comparison: z
      .array(
        group(
          {
            text: text('En mening'),
            source: ref('kallor', 'Källan som meningen bygger på').optional(),
            citat: passages('Citat: orden i källan som meningen bygger på, ordagrant').optional(),
          },
          'En mening: text, source och citat',
        ),
        {
          error: fieldError('Meningar efter diagrammet', 'en lista med en mening per rad (text och source)'),
        },
      )
      .default([])
      .describe('Meningar som visas efter diagrammet på sidan Ekonomi, t.ex. en jämförelse, var och en med sin källa'),
    updated: day('När serien senast ändrades, ÅÅÅÅ-MM-DD'),
  })
  .superRefine(totalMatchesPoints);
