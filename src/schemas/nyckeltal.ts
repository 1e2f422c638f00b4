import { z } from 'astro/zod';
import { passages, position, ref, text } from './fields';

/** A key figure on the home page ("Förbundet i siffror"), with the source it comes from. */
export const keyFigureSchema = z.strictObject({
  order: position('Plats bland siffrorna, 1 först'),
  value: text('Siffran som den visas, t.ex. 13 eller 50 %'),
  label: text('Vad siffran gäller, t.ex. "medlemmar skrev under avsiktsförklaringen"'),
  source: ref('kallor', 'Källan som siffran kommer från, id i content/kallor/'),
  citat: passages('Citat: orden i källan som siffran bygger på, ordagrant; en räknad siffra citerar det den räknas från'),
});
