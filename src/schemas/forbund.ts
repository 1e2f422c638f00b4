import { idList, partialDate, sources, text, pageFields } from './fields';
import { endNotBeforeStart } from './rules';

const members = (collection: 'kommuner' | 'parter', label: string) =>
  idList(collection, label).min(1).optional().describe(`${label}. Utelämna fältet om källorna inte säger vilka.`);

export const forbundSchema = pageFields({
  name: text('Förbundets namn'),
  start: partialDate('När förbundet bildades').optional(),
  end: partialDate('När förbundet upphörde eller gick upp i ett annat').optional(),
  seat: text('Säte (ort), om det är känt').optional(),
  memberMunicipalities: members('kommuner', 'Medlemskommuner'),
  memberParties: members('parter', 'Medlemmar utöver kommunerna'),
  sources: sources(),
}).superRefine(endNotBeforeStart('start'));
