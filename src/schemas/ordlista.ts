import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { text } from './fields';

export const termSchema = z.strictObject({
  term: text('Ordet som förklaras'),
  explanation: text('En eller två enkla meningar som förklarar ordet'),
  source: reference('kallor').describe('Källan som förklaringen bygger på'),
  aliases: z.array(z.string().trim().min(1)).default([]).describe('Andra former av ordet som ska länkas hit'),
});
