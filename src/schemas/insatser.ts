import { choice, factSources, flag, partialDate, references, sources, text, pageFields } from './fields';
import { endNotBeforeStart, factsCited } from './rules';
import { INSATS_KINDS, INSATS_STATUSES } from './vocabulary';

/**
 * The facts of an insats's fact box that come from the sources and need a
 * citation when they have a value. `kind` ("Sort") is not among them: it is
 * the site's own classification (see the body, "Vad vi vet"), not a fact from a source.
 */
export const INSATS_FACTS = ['status', 'start', 'end', 'kommuner', 'parter', 'financing'] as const;

export const insatsSchema = pageFields({
  name: text('Insatsens namn'),
  kind: choice(INSATS_KINDS, 'Sorts insats (webbplatsens egen indelning, behöver inget citat)'),
  status: choice(INSATS_STATUSES, 'Läge enligt källorna; okänd när de inte säger'),
  start: partialDate('När insatsen började, om det är känt').optional(),
  end: partialDate('När insatsen slutade, om det är känt').optional(),
  kommuner: references('kommuner', 'Kommuner där insatsen finns'),
  allaKommuner: flag('Sätt true när insatsen gäller alla medlemskommuner'),
  parter: references('parter', 'Parter som är med'),
  financing: text('Hur insatsen finansieras; utelämna om källorna inte säger det').optional(),
  faktakallor: factSources(INSATS_FACTS),
  sources: sources(),
})
  .superRefine(endNotBeforeStart('start'))
  .superRefine(
    factsCited({
      status: (i) => i.status !== 'okänd',
      start: (i) => i.start !== undefined,
      end: (i) => i.end !== undefined,
      kommuner: (i) => i.allaKommuner || i.kommuner.length > 0,
      parter: (i) => i.parter.length > 0,
      financing: (i) => i.financing !== undefined,
    }),
  );
