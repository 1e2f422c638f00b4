import { choice, flag, partialDate, references, sources, text, pageFields } from './fields';
import { endNotBeforeStart } from './rules';
import { INSATS_KINDS, INSATS_STATUSES } from './vocabulary';

export const insatsSchema = pageFields({
  name: text('Insatsens namn'),
  kind: choice(INSATS_KINDS, 'Sorts insats'),
  status: choice(INSATS_STATUSES, 'Läge enligt källorna; okänd när de inte säger'),
  start: partialDate('När insatsen började, om det är känt').optional(),
  end: partialDate('När insatsen slutade, om det är känt').optional(),
  kommuner: references('kommuner', 'Kommuner där insatsen finns'),
  allaKommuner: flag('Sätt true när insatsen gäller alla medlemskommuner'),
  parter: references('parter', 'Parter som är med'),
  financing: text('Hur insatsen finansieras; utelämna om källorna inte säger det').optional(),
  sources: sources(),
}).superRefine(endNotBeforeStart('start'));
