import { z } from 'astro/zod';
import { ref, text, textList } from './fields';

export const termSchema = z.strictObject({
  term: text('Ordet som förklaras'),
  explanation: text('En eller två enkla meningar som förklarar ordet'),
  source: ref('kallor', 'Källan som förklaringen bygger på'),
  aliases: textList('Andra former av ordet som ska länkas hit'),
});
