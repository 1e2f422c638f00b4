import { factSources, idList, partialDate, ref, sources, text, pageFields } from './fields';
import { endNotBeforeStart, factsCited } from './rules';

const members = (collection: 'kommuner' | 'parter', label: string) =>
  idList(collection, label).min(1).optional().describe(`${label}. Utelämna fältet om källorna inte säger vilka.`);

/**
 * The facts of a förbund's fact box. `end` is the row about its end: when it
 * stopped, or which förbund it became or merged into (becameForbund, mergedInto).
 */
export const FORBUND_FACTS = ['start', 'end', 'seat', 'memberMunicipalities', 'memberParties'] as const;

export const forbundSchema = pageFields({
  name: text('Förbundets namn'),
  start: partialDate('När förbundet bildades eller startade').optional(),
  end: partialDate('När förbundet upphörde, blev ett annat förbund eller gick upp i ett annat').optional(),
  becameForbund: ref(
    'forbund',
    'Förbundet som det här förbundet blev från end (samma förbund, nytt namn): id i content/forbund/. Utelämna annars.',
  ).optional(),
  mergedInto: ref(
    'forbund',
    'Förbundet som det här förbundet slogs samman till från end: id i content/forbund/. Utelämna annars.',
  ).optional(),
  seat: text('Säte (ort), om det är känt').optional(),
  memberMunicipalities: members('kommuner', 'Medlemskommuner'),
  memberParties: members('parter', 'Medlemmar utöver kommunerna'),
  faktakallor: factSources(FORBUND_FACTS),
  sources: sources(),
})
  .superRefine(endNotBeforeStart('start'))
  .superRefine((forbund, ctx) => {
    if (forbund.becameForbund && forbund.mergedInto)
      ctx.addIssue({
        code: 'custom',
        path: ['mergedInto'],
        message:
          'Ett förbund kan inte både ha blivit ett annat förbund (becameForbund) och slagits samman till ett (mergedInto). Behåll det som källan säger.',
      });
  })
  .superRefine(
    factsCited({
      start: (f) => f.start !== undefined,
      end: (f) => f.end !== undefined || f.becameForbund !== undefined || f.mergedInto !== undefined,
      seat: (f) => f.seat !== undefined,
      memberMunicipalities: (f) => f.memberMunicipalities !== undefined,
      memberParties: (f) => f.memberParties !== undefined,
    }),
  );
