import { z } from 'astro/zod';
import { choice, position, sources, text, pageFields } from './fields';
import { fieldError } from './messages';
import { INSATS_KINDS } from './vocabulary';

export const perspectiveSchema = pageFields({
  title: text('Rubrik, t.ex. Individens perspektiv'),
  order: position('Plats i listan, 1–4'),
  summary: text('En mening om vad perspektivet handlar om'),
  insatsKinds: z
    .array(choice(INSATS_KINDS, 'Sorts insats'), {
      error: fieldError('Sorter av insatser', `en lista med något av: ${INSATS_KINDS.join(', ')}`),
    })
    .default([])
    .describe('Vilka sorters insatser sidan listar som hörande till perspektivet; tom lista när inga hör dit'),
  sources: sources(),
});
