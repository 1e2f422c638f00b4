import { choice, factSources, flag, group, partialDate, passages, ref, references, season, sources, text, pageFields } from './fields';
import { endNotBeforeStart, factsCited } from './rules';
import { EVENT_KINDS } from './vocabulary';

/**
 * The facts of an event's fact box that need a citation: its date (with `end`
 * and `season`, as shown). `kind` ("Typ") is the site's own classification.
 */
export const EVENT_FACTS = ['date'] as const;

export const eventSchema = pageFields({
  title: text('Händelsens rubrik'),
  date: partialDate('När det hände: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD'),
  end: partialDate('Slut för en händelse som pågick en tid').optional(),
  season: season(),
  approximate: flag('Sätt true när datumet är ungefärligt'),
  dateNote: text('Kort om vad källan inte säger om datumet, t.ex. "källan anger inte året"; visas vid datumet').optional(),
  kind: choice(EVENT_KINDS, 'Sorts händelse (webbplatsens egen indelning, behöver inget citat)'),
  summary: text('En eller två meningar om vad som hände'),
  parter: references('parter', 'Parter som var med'),
  kommuner: references('kommuner', 'Kommuner som var med'),
  allaKommuner: flag('Sätt true när alla tio kommuner var med'),
  forbund: references('forbund', 'Förbund som var med'),
  perspektiv: references('perspektiv', 'Perspektiv som händelsen hör till'),
  sources: sources('Källor: minst en källa från content/kallor/ måste ange händelsen'),
  efter: ref(
    'tidslinje',
    'Händelsen som den här kommer efter, när källan ordnar dem utan datum ("därefter"): id i content/tidslinje/, samma år',
  ).optional(),
  disputed: group(
    {
      date: partialDate('Datumet som den andra källan anger').optional(),
      source: ref('kallor', 'Källan som säger något annat'),
      citat: passages('Citat: orden i den andra källan, ordagrant'),
      note: text('Vad den andra källan säger'),
    },
    'När en källa säger något annat: vilken källa och vad den säger',
  ).optional(),
  faktakallor: factSources(EVENT_FACTS),
})
  .superRefine(endNotBeforeStart('date'))
  .superRefine(factsCited({ date: () => true }));
