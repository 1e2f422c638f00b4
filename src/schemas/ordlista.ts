import { z } from 'astro/zod';
import { passages, ref, text, textList } from './fields';

export const termSchema = z.strictObject({
  term: text('Ordet som förklaras'),
  explanation: text('En eller två enkla meningar som förklarar ordet'),
  source: ref('kallor', 'Källan som förklaringen bygger på'),
  citat: passages('Citat: orden i källan som förklaringen bygger på, ordagrant'),
  aliases: textList('Andra former av ordet som ska länkas hit'),
});
