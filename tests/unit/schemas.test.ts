/**
 * What an editor reads when a file is wrong. Each entry is parsed the way the
 * build parses it: with Astro's own (English) error map passed to the parse,
 * so a field that lacks its own Swedish message shows up here as English.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
// Not a public export of Astro; this is the map `astro build` passes to every entry's parse.
import { errorMap } from '../../node_modules/astro/dist/core/errors/zod-error-map.js';
import { closestKey } from '@/schemas/messages';
import { eventSchema } from '@/schemas/tidslinje';
import { municipalitySchema } from '@/schemas/kommuner';
import { seriesSchema } from '@/schemas/bidrag';
import { sourceSchema } from '@/schemas/kallor';
import { settingsSchema } from '@/schemas/webbplats';
import { insatsSchema } from '@/schemas/insatser';
import { forbundSchema } from '@/schemas/forbund';
import { endsBefore, swedishToday } from '@/schemas/rules';

/** The lines Astro prints for a rejected entry: `field: message`. */
function messages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { error: errorMap });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const ENGLISH = /Expected|Required|Invalid|received|Did not match|Unrecognized|Too (small|big)/;

const cites = (source: string, ...citat: string[]) => [{ source, citat }];
const EVENT = {
  title: 'Provhändelse',
  kind: 'beslut',
  summary: 'En händelse.',
  date: 2022,
  sources: ['avsiktsforklaring'],
  faktakallor: { date: cites('avsiktsforklaring', 'våren 2022') },
};
const MUNICIPALITY = {
  name: 'Köping',
  kommunkod: '1983',
  earlierForbund: 'vastra-malardalen',
  faktakallor: {
    kommunkod: cites('scb-kommunkoder', '1983 Köping'),
    earlierForbund: cites('tjanstemannayttrande-koping', 'Köpings kommun'),
    currentForbund: cites('sfv-om-oss', 'Förbundet startade 2024'),
  },
  sources: ['scb-kommunkoder'],
};
const SERIES = {
  title: 'Årlig avgift',
  order: 1,
  takeaway: 'Köping betalar en avgift.',
  unit: 'kr/år',
  points: [{ label: '2024', value: 375000 }],
  source: 'tjanstemannayttrande-koping',
  citat: ['375 000 kr per år'],
  updated: '2026-11-22',
};
const SOURCE = { title: 'Avsiktsförklaring', kind: 'avsiktsförklaring', issuer: 'Parterna' };
const INSATS = { name: 'Prov', kind: 'individinsats', status: 'okänd', sources: ['avsiktsforklaring'] };
const FORBUND = { name: 'Prov', sources: ['avsiktsforklaring'] };

describe('the fixtures are valid', () => {
  it.each([
    ['event', eventSchema, EVENT],
    ['municipality', municipalitySchema, MUNICIPALITY],
    ['series', seriesSchema, SERIES],
    ['source', sourceSchema, SOURCE],
  ] as const)('%s', (_, schema, data) => {
    expect(messages(schema, data)).toEqual([]);
  });
});

describe('a broken field gives a Swedish message that names it', () => {
  it('missing required field', () => {
    const { date: _, ...noDate } = EVENT;
    expect(messages(eventSchema, noDate)).toEqual([
      'date: Fältet saknas men måste fyllas i: När det hände: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
    ]);
  });

  it('malformed date', () => {
    expect(messages(eventSchema, { ...EVENT, date: '7 december 2021' })).toEqual([
      'date: "7 december 2021" är inte ett datum i formen ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (till exempel 2022, 2020-12 eller 2021-12-07).',
    ]);
  });

  it('kommunkod that is not four digits', () => {
    expect(messages(municipalitySchema, { ...MUNICIPALITY, kommunkod: '198' })).toEqual([
      'kommunkod: Kommunkoden ska vara exakt fyra siffror, t.ex. "1983" (SCB:s kommunkod).',
    ]);
  });

  it('negative amount', () => {
    expect(messages(seriesSchema, { ...SERIES, points: [{ label: '2024', value: -375000 }] })).toEqual([
      'points.0.value: Beloppet kan inte vara negativt (Värdet, i siffror)',
    ]);
  });

  it('non-numeric amount', () => {
    expect(messages(seriesSchema, { ...SERIES, points: [{ label: '2024', value: '375 000 kr' }] })).toEqual([
      'points.0.value: "375 000 kr" är inte ett tal. Skriv bara siffror, utan mellanslag och enhet, t.ex. 375000 (Värdet, i siffror)',
    ]);
  });

  it('event with no source', () => {
    expect(messages(eventSchema, { ...EVENT, sources: [] })).toEqual([
      'sources: Ange minst en källa: Källor: minst en källa från content/kallor/ måste ange händelsen',
    ]);
  });

  it('misspelt key: lists the fields there are', () => {
    expect(messages(municipalitySchema, { ...MUNICIPALITY, stad: 'Köping' })).toEqual([
      ': Fältet "stad" finns inte. Fälten som finns här: name, kommunkod, earlierForbund, faktakallor, sources, published, updated, changes, description.',
    ]);
  });

  it('misspelt key: suggests the field that was meant', () => {
    const [message] = messages(eventSchema, { ...EVENT, kommuer: ['koping'] });
    expect(message).toMatch(/^: Fältet "kommuer" \(menade du "kommuner"\?\) finns inte\. Fälten som finns här: title, date, /);
  });

  it('misspelt key in a group of fields', () => {
    expect(
      messages(eventSchema, { ...EVENT, disputed: { source: 'avsiktsforklaring', citat: ['1 juni'], note: 'Annat datum.', datum: 2023 } }),
    ).toEqual(['disputed: Fältet "datum" (menade du "date"?) finns inte. Fälten som finns här: date, source, citat, note.']);
  });

  it('optional fields of the wrong type', () => {
    expect(messages(eventSchema, { ...EVENT, end: [1], season: 5, approximate: 'ja' })).toEqual([
      'end: Ska vara ett datum i formen ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, inte listan [1] (Slut för en händelse som pågick en tid).',
      'season: 5 går inte att välja. Skriv ett av: var, sommar, host, vinter (Årstid när bara året är känt, t.ex. "var" för våren 2022).',
      'approximate: Ska vara true eller false, inte "ja" (Sätt true när datumet är ungefärligt).',
    ]);
    expect(messages(municipalitySchema, { ...MUNICIPALITY, description: 3, changes: ['Sidan publicerades.'] })).toEqual([
      'changes.0: Ska vara en grupp fält på indragna rader, inte "Sidan publicerades." (En ändring: date och text).',
      'description: Ska vara text, inte 3 (Kort beskrivning för sökmotorer och delningar (en mening)).',
    ]);
  });

  it('optional URL that is not a URL', () => {
    expect(messages(sourceSchema, { ...SOURCE, url: 'www.finsam.se' })).toEqual([
      'url: "www.finsam.se" är ingen hel webbadress. Skriv den med https:// (Webbadress för offentliga källor).',
    ]);
    expect(messages(settingsSchema, { forbund: 'lansforbundet', guidePage: 'vart-vander-jag-mig', contactUrl: 'finsam.se' })).toEqual([
      'contactUrl: Ange en hel webbadress som börjar med https://, eller lämna fältet tomt ("").',
    ]);
  });

  it('a value outside its list', () => {
    expect(messages(seriesSchema, { ...SERIES, unit: 'kronor' })).toEqual([
      'unit: "kronor" går inte att välja. Skriv ett av: kr, kr/år, procent (Enhet för värdena).',
    ]);
  });

  it('a reference that is not an id', () => {
    expect(messages(eventSchema, { ...EVENT, kommuner: 'koping', parter: [true] })).toEqual([
      'parter.0: Ska vara ett id från content/parter/, inte true (Parter som var med).',
      'kommuner: Ska vara en lista med id från content/kommuner/, inte "koping" (Kommuner som var med).',
    ]);
  });
});

describe('rules between two fields of a file', () => {
  it('an event whose end is before its date', () => {
    expect(messages(eventSchema, { ...EVENT, date: '2023-05', end: '2022-01' })).toEqual([
      'end: Slutet 2022-01 ligger före början (date: 2023-05). Rätta något av datumen: end ska vara samma tid som date eller senare.',
    ]);
  });

  it('an insats or förbund whose end is before its start', () => {
    const dated = { start: cites('avsiktsforklaring', 'mars 2024'), end: cites('avsiktsforklaring', 'februari 2024') };
    expect(messages(insatsSchema, { ...INSATS, start: '2024-03-01', end: '2024-02-28', faktakallor: dated })).toEqual([
      'end: Slutet 2024-02-28 ligger före början (start: 2024-03-01). Rätta något av datumen: end ska vara samma tid som start eller senare.',
    ]);
    expect(messages(forbundSchema, { ...FORBUND, start: 2010, end: 2009 })[0]).toMatch(
      /^end: Slutet 2009 ligger före början \(start: 2010\)/,
    );
  });

  it('compares a period at the precision both dates give', () => {
    expect(endsBefore('2023-05', '2023')).toBe(false);
    expect(endsBefore('2023-05-10', '2023-05')).toBe(false);
    expect(endsBefore('2022-01', '2022-03')).toBe(false);
    expect(endsBefore('2023-05-10', '2023-05-09')).toBe(true);
    expect(messages(eventSchema, { ...EVENT, date: '2023-01-10', end: '2023-01' })).toEqual([]);
  });

  it('published after updated', () => {
    expect(messages(municipalitySchema, { ...MUNICIPALITY, published: '2026-11-22', updated: '2026-11-01' })).toEqual([
      'published: Sidan kan inte ha publicerats (2026-11-22) efter att den senast ändrades (updated: 2026-11-01). Rätta något av datumen.',
    ]);
  });

  it('published or updated in the future', () => {
    const today = swedishToday();
    expect(messages(eventSchema, { ...EVENT, published: '2099-01-01', updated: '2099-01-02' })).toEqual([
      `published: Datumet 2099-01-01 ligger i framtiden (i dag är det ${today}). Skriv det datum då sidan publicerades eller ändrades.`,
      `updated: Datumet 2099-01-02 ligger i framtiden (i dag är det ${today}). Skriv det datum då sidan publicerades eller ändrades.`,
    ]);
    expect(messages(eventSchema, { ...EVENT, published: today, updated: today })).toEqual([]);
  });

  it('today is the date in Sweden', () => {
    expect(swedishToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('a series whose total is not the sum of its points', () => {
    const points = [
      { label: 'A', value: 200000 },
      { label: 'B', value: 150000 },
    ];
    expect(messages(seriesSchema, { ...SERIES, points, total: 500000 })).toEqual([
      'total: total är 500000, men värdena under points blir tillsammans 350000. Rätta total eller värdena, eller ta bort total (fältet behövs inte).',
    ]);
    expect(messages(seriesSchema, { ...SERIES, points, total: 350000 })).toEqual([]);
    const shares = [33.3, 33.3, 33.4].map((value, i) => ({ label: String(i), value }));
    expect(messages(seriesSchema, { ...SERIES, unit: 'procent', points: shares, total: 100 })).toEqual([]);
  });

  it('a source URL that is not https', () => {
    const label = '(Webbadress för offentliga källor).';
    expect(messages(sourceSchema, { ...SOURCE, url: 'javascript:alert(1)' })).toEqual([
      `url: "javascript:alert(1)" börjar inte med https://. Bara webbadresser som börjar med https:// kan publiceras ${label}`,
    ]);
    expect(messages(sourceSchema, { ...SOURCE, url: 'ftp://finsam.se/fil.pdf' })[0]).toMatch(
      /^url: "ftp:\/\/finsam\.se\/fil\.pdf" börjar inte med https:\/\//,
    );
    expect(messages(sourceSchema, { ...SOURCE, url: 'http://www.finsam.se/' })[0]).toMatch(
      /^url: "http:\/\/www\.finsam\.se\/" börjar inte med https:\/\//,
    );
    expect(messages(sourceSchema, { ...SOURCE, url: 'https://www.finsam.se/' })).toEqual([]);
    expect(
      messages(settingsSchema, { forbund: 'lansforbundet', guidePage: 'vart-vander-jag-mig', contactUrl: 'http://finsam.se/' }),
    ).toEqual(['contactUrl: Ange en hel webbadress som börjar med https://, eller lämna fältet tomt ("").']);
  });
});

describe('references', () => {
  it('parse to { collection, id } as in the build', () => {
    const parsed = eventSchema.parse({ ...EVENT, kommuner: ['koping'] });
    expect(parsed.kommuner).toEqual([{ collection: 'kommuner', id: 'koping' }]);
    expect(parsed.sources).toEqual([{ collection: 'kallor', id: 'avsiktsforklaring' }]);
  });

  it('keep "okänt" for an earlier förbund the sources do not name', () => {
    const { earlierForbund: _, ...otherFacts } = MUNICIPALITY.faktakallor;
    expect(municipalitySchema.parse({ ...MUNICIPALITY, earlierForbund: 'okänt', faktakallor: otherFacts }).earlierForbund).toBe('okänt');
    expect(municipalitySchema.parse(MUNICIPALITY).earlierForbund).toEqual({ collection: 'forbund', id: 'vastra-malardalen' });
  });
});

type Node = { def: { type: string; innerType?: Node; element?: Node }; shape?: Record<string, Node> };

const unwrap = (node: Node): Node =>
  node.def.innerType && ['optional', 'default', 'nullable'].includes(node.def.type) ? unwrap(node.def.innerType) : node;

/** One entry per field, nested fields included, with `wrong` in that field. */
function withWrongField(shape: Record<string, Node>, wrong: unknown): Record<string, unknown>[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const inner = unwrap(field);
    const item = inner.def.element && unwrap(inner.def.element);
    const nested = inner.shape ? withWrongField(inner.shape, wrong) : item?.shape ? withWrongField(item.shape, wrong).map((v) => [v]) : [];
    return [{ [key]: wrong }, ...nested.map((value) => ({ [key]: value }))];
  });
}

describe('every field of every schema answers in Swedish', () => {
  const schemas = Object.entries(import.meta.glob<Record<string, unknown>>('/src/schemas/*.ts', { eager: true })).flatMap(
    ([file, module]) =>
      Object.entries(module)
        .filter(
          (entry): entry is [string, z.ZodObject] => entry[0].endsWith('Schema') && typeof (entry[1] as z.ZodObject)?.shape === 'object',
        )
        .map(([name, schema]) => ({ name: `${file.split('/').pop()} ${name}`, schema })),
  );

  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(11);
  });

  it.each([true, 2.5, 'x', [true], { x: 1 }, ''].map((wrong) => [JSON.stringify(wrong), wrong]))(
    'for the wrong value %s in any field',
    (_, wrong) => {
      for (const { name, schema } of schemas) {
        for (const data of withWrongField(schema.shape as Record<string, Node>, wrong)) {
          for (const line of messages(schema, data)) {
            const [path = '', ...rest] = line.split(': ');
            const where = `${name} ${JSON.stringify(data)}: ${line}`;
            expect(rest.join(': '), where).not.toMatch(ENGLISH);
            expect(path || rest.join(': ').match(/^Fält(et|en) "/), where).toBeTruthy();
          }
        }
      }
    },
  );
});

describe('closestKey', () => {
  it('suggests only a close spelling', () => {
    expect(closestKey('kommunkood', ['name', 'kommunkod'])).toBe('kommunkod');
    expect(closestKey('Sources', ['sources'])).toBe('sources');
    expect(closestKey('datum', ['date', 'source', 'note'])).toBe('date');
    expect(closestKey('stad', ['name', 'kommunkod'])).toBeUndefined();
  });
});

describe('the fact boxes cite every fact they show (faktakallor)', () => {
  it('a fact shown with a value and no citation', () => {
    const { kommunkod: _, ...withoutCode } = MUNICIPALITY.faktakallor;
    expect(messages(municipalitySchema, { ...MUNICIPALITY, faktakallor: withoutCode })).toEqual([
      'faktakallor.kommunkod: Uppgiften kommunkod visas i faktarutan men har inget citat. Skriv under faktakallor: en rad kommunkod: med source (källans id) och citat (orden i källan som uppgiften bygger på), eller ta bort uppgiften om ingen källa säger den.',
    ]);
    expect(messages(forbundSchema, { ...FORBUND, seat: 'Fagersta' })).toEqual([
      expect.stringMatching(/^faktakallor\.seat: Uppgiften seat visas i faktarutan men har inget citat\./),
    ]);
    // "okänd" and an empty list show "Uppgift saknas i källorna": nothing to cite.
    expect(messages(insatsSchema, INSATS)).toEqual([]);
    expect(messages(insatsSchema, { ...INSATS, status: 'pågående', allaKommuner: true }).map((m) => m.split(':')[0])).toEqual([
      'faktakallor.status',
      'faktakallor.kommuner',
    ]);
  });

  it('a citation for a fact the box does not show', () => {
    expect(messages(insatsSchema, { ...INSATS, faktakallor: { financing: cites('avsiktsforklaring', 'medel') } })).toEqual([
      'faktakallor.financing: Uppgiften financing har citat, men faktarutan visar den inte (fältet saknas eller är okänt). Fyll i uppgiften eller ta bort citatet.',
    ]);
  });

  it('a fact name that does not exist', () => {
    const [message] = messages(municipalitySchema, {
      ...MUNICIPALITY,
      faktakallor: { ...MUNICIPALITY.faktakallor, kommunkood: cites('scb-kommunkoder', '1983 Köping') },
    });
    expect(message).toBe(
      'faktakallor: Fältet "kommunkood" (menade du "kommunkod"?) finns inte. Fälten som finns här: kommunkod, earlierForbund, currentForbund.',
    );
    expect(messages(eventSchema, { ...EVENT, faktakallor: { kind: cites('avsiktsforklaring', 'möte') } })[0]).toMatch(
      /^faktakallor: Fältet "kind" finns inte\. Fälten som finns här: date\.$/,
    );
  });

  it('a citation without a passage', () => {
    expect(messages(eventSchema, { ...EVENT, faktakallor: { date: [{ source: 'avsiktsforklaring' }] } })[0]).toMatch(
      /^faktakallor\.date\.0\.citat: Fältet saknas men måste fyllas i\./,
    );
  });

  it('becameForbund and mergedInto together', () => {
    const both = {
      ...FORBUND,
      becameForbund: 'vastmanland',
      mergedInto: 'vastmanland',
      end: 2024,
      faktakallor: { end: cites('sfv-om-oss', '2024') },
    };
    expect(messages(forbundSchema, both)).toEqual([expect.stringMatching(/^mergedInto: Ett förbund kan inte både ha blivit/)]);
  });
});
