import { describe, expect, it } from 'vitest';
import { citedSources, numberCitations } from '@/lib/citations';
import { municipalityPage, earlierForbundOf } from '@/lib/page-data/municipality';
import { eventPage } from '@/lib/page-data/event';
import { insatsPage } from '@/lib/page-data/insats';
import { forbundPage } from '@/lib/page-data/forbund';
import { partyPage } from '@/lib/page-data/party';
import { perspectivePage } from '@/lib/page-data/perspective';
import {
  economyPage,
  filterSelections,
  glossaryPage,
  searchPage,
  timelinePage,
  insatserPage,
  homePage,
  municipalitiesPage,
} from '@/lib/page-data/lists';
import * as make from '../support/site-content';

const ref = make.ref;
const sources = [make.source('s1'), make.source('s2'), make.source('s3')];
const nu = make.forbund('nu', { name: 'Länsförbundet' });
const gammalt = make.forbund('gammalt', { memberMunicipalities: [ref('kommuner', 'a'), ref('kommuner', 'b')] });
const a = make.municipality(
  'a',
  {
    earlierForbund: ref('forbund', 'gammalt'),
    sources: [ref('kallor', 's2')],
    faktakallor: {
      kommunkod: [{ source: ref('kallor', 's1'), citat: ['0000 A'] }],
      earlierForbund: [{ source: ref('kallor', 's3'), citat: ['A och B'] }],
      currentForbund: [{ source: ref('kallor', 's2'), citat: ['länet'] }],
    },
  },
  'Text.<Kalla id="s3" citat="text" />',
);
const b = make.municipality('b', { earlierForbund: ref('forbund', 'gammalt') });
const c = make.municipality('c');
const af = make.party('af');
const events = [
  make.event('e1', '2020-12', { kommuner: [ref('kommuner', 'a')], parter: [ref('parter', 'af')], forbund: [ref('forbund', 'gammalt')] }),
  make.event('e2', '2022', { allaKommuner: true, perspektiv: [ref('perspektiv', 'individ')] }),
  make.event('e3', '2023-05-01', {
    kind: 'möte',
    sources: [ref('kallor', 's1'), ref('kallor', 's2')],
    disputed: { date: '2023-06-01', source: ref('kallor', 's2'), citat: ['1 juni'], note: 'Annat datum.' },
  }),
];
const insatser = [
  make.insats('i1', { kommuner: [ref('kommuner', 'a')], parter: [ref('parter', 'af')] }),
  make.insats('i2', { allaKommuner: true, kind: 'kompetensutveckling' }),
  make.insats('i3', { kommuner: [ref('kommuner', 'c')], kind: 'strukturell insats' }),
];
const content = make.site({
  sources,
  municipalities: [a, b, c],
  forbund: [gammalt, nu],
  parties: [af],
  events,
  insatser,
  perspectives: [make.perspective('individ', 1, { insatsKinds: ['individinsats'] }), make.perspective('samhalle', 2)],
  series: [
    make.series('forst', 1, { kommun: ref('kommuner', 'a'), source: ref('kallor', 's3') }),
    make.series('sedan', 2, { comparison: [{ text: 'Jämför.', source: ref('kallor', 's2') }] }),
  ],
  terms: [make.term('ord', 's2'), make.term('annat', 's1')],
  pages: [make.contentPage('guide', 'Fråga.<Kalla id="s1" />')],
});

describe('citations', () => {
  it('numbers <Kalla> in the bodies first, then the data fields, each source once', () => {
    const cited = citedSources(
      sources,
      ['Ett.<Kalla id="s2" /> Två.<Kalla id="s1" />', undefined],
      [ref('kallor', 's3'), ref('kallor', 's2')],
    );
    expect(cited.map((s) => s.id)).toEqual(['s2', 's1', 's3']);
  });

  it('stops at a source that does not exist', () => {
    expect(() => citedSources(sources, ['<Kalla id="finns-inte" />'])).toThrow('Källan "finns-inte" finns inte i content/kallor/.');
  });

  it('hands the numbers to the page', () => {
    const locals: App.Locals = {};
    numberCitations(locals, [sources[2]!, sources[0]!]);
    expect(locals.citationOrder).toEqual(['s3', 's1']);
  });
});

describe('municipality page', () => {
  const page = municipalityPage(content, a);

  it('resolves the earlier förbund, the neighbours in it and the current förbund from the settings', () => {
    expect(page.earlier?.id).toBe('gammalt');
    expect(page.neighbours.map((m) => m.id)).toEqual(['b']);
    expect(page.current.id).toBe('nu');
    expect(earlierForbundOf(c, content.forbund)).toBeUndefined();
    expect(municipalityPage(content, c).neighbours).toEqual([]);
  });

  it('lists the insatser and events that concern it, including those for all municipalities', () => {
    expect(page.insatser.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(page.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(municipalityPage(content, c).insatser.map((i) => i.id)).toEqual(['i2', 'i3']);
  });

  it('shows its own series with their sources, and the guide page', () => {
    expect(page.series.map((s) => [s.series.id, s.source.id])).toEqual([['forst', 's3']]);
    expect(page.guide?.id).toBe('guide');
  });

  it('cites its fact box first (as a reader meets it), then its body, the guide, own sources and series sources', () => {
    expect(page.frame.sources.map((s) => [s.id, s.passages])).toEqual([
      ['s1', ['0000 A']],
      ['s3', ['A och B', 'text', '1 kr']],
      ['s2', ['länet']],
    ]);
    expect(page.facts.kommunkod).toEqual([{ id: 's1', passage: '0000 A' }]);
    expect(municipalityPage(content, b).frame.sources.map((s) => s.id)).toEqual(['s1']);
    expect(page.frame.search).toEqual({ type: 'kommun', kommuner: ['A'] });
  });
});

describe('event page', () => {
  it('links to the previous and next event in date order', () => {
    const page = eventPage(content, events[1]!);
    expect([page.previous?.id, page.next?.id]).toEqual(['e1', 'e3']);
    expect(eventPage(content, events[0]!).previous).toBeUndefined();
    expect(eventPage(content, events[2]!).next).toBeUndefined();
  });

  it('lists who took part: parties, municipalities (or all), förbund', () => {
    expect(eventPage(content, events[0]!).involved.map((l) => l.path)).toEqual(['/parter/af/', '/kommuner/a/', '/forbund/gammalt/']);
    expect(eventPage(content, events[1]!).involved).toEqual([{ label: 'Alla tio kommuner', path: '/kommuner/' }]);
    expect(eventPage(content, events[1]!).frame.search?.kommuner).toEqual(['A', 'B', 'C']);
  });

  it('shows both dates when the sources disagree, and cites the other source', () => {
    const page = eventPage(content, events[2]!);
    expect(page.dispute?.own.map((s) => s.id)).toEqual(['s1']);
    expect(page.dispute?.other.id).toBe('s2');
    expect(page.dispute?.otherDate).toBe('2023-06-01');
    expect(page.frame.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(eventPage(content, events[0]!).dispute).toBeUndefined();
  });
});

describe('fact boxes', () => {
  it('the list of municipalities cites what its cells say: code and earlier förbund, not the current förbund', () => {
    const page = municipalitiesPage(content);
    expect(page.rows.map((r) => [r.kommun.id, r.earlier?.id])).toEqual([
      ['a', 'gammalt'],
      ['b', 'gammalt'],
      ['c', undefined],
    ]);
    expect(page.rows[0]?.markers).toEqual({
      kommunkod: [{ id: 's1', passage: '0000 A' }],
      earlierForbund: [{ id: 's3', passage: 'A och B' }],
    });
    expect(page.rows[2]?.markers).toEqual({ kommunkod: [], earlierForbund: [] });
    expect(page.frame.sources.map((s) => [s.id, s.passages])).toEqual([
      ['s1', ['0000 A']],
      ['s3', ['A och B']],
    ]);
  });

  it('an insats, förbund and event page number their fact sources first and hand the markers to the box', () => {
    const cited = { faktakallor: { kommuner: [{ source: ref('kallor', 's3'), citat: ['i A'] }] } };
    const insats = insatsPage(content, make.insats('i9', { kommuner: [ref('kommuner', 'a')], ...cited }));
    expect(insats.frame.sources.map((s) => [s.id, s.passages])).toEqual([
      ['s3', ['i A']],
      ['s1', []],
    ]);
    expect(insats.facts.kommuner).toEqual([{ id: 's3', passage: 'i A' }]);
    const later = make.forbund('later', {
      end: '2024',
      mergedInto: ref('forbund', 'nu'),
      faktakallor: { end: [{ source: ref('kallor', 's2'), citat: ['2024'] }] },
    });
    const forbund = forbundPage(make.site({ ...content, forbund: [later, nu] }), later);
    expect([forbund.mergedInto?.id, forbund.became]).toEqual(['nu', undefined]);
    expect(forbund.frame.sources.map((s) => s.id)).toEqual(['s2', 's1']);
    const event = eventPage(
      content,
      make.event('e9', '2022', { faktakallor: { date: [{ source: ref('kallor', 's2'), citat: ['2022'] }] } }),
    );
    expect(event.facts.date).toEqual([{ id: 's2', passage: '2022' }]);
    expect(event.frame.sources.map((s) => s.id)).toEqual(['s2', 's1']);
  });
});

describe('insats, förbund, party and perspective pages', () => {
  it('an insats page looks up its municipalities and parties', () => {
    const page = insatsPage(content, insatser[0]!);
    expect(page.municipalities.map((m) => m.id)).toEqual(['a']);
    expect(page.parties.map((p) => p.id)).toEqual(['af']);
    expect(insatsPage(content, insatser[1]!).frame.search?.kommuner).toEqual(['A', 'B', 'C']);
  });

  it('a förbund page keeps "not known" apart from "none"', () => {
    expect(forbundPage(content, gammalt).members.kommuner?.map((m) => m.id)).toEqual(['a', 'b']);
    expect(forbundPage(content, gammalt).members.parter).toBeUndefined();
    expect(forbundPage(content, gammalt).events.map((e) => e.id)).toEqual(['e1']);
  });

  it('a party page lists the insatser and events that name it', () => {
    const page = partyPage(content, af);
    expect(page.insatser.map((i) => i.id)).toEqual(['i1']);
    expect(page.events.map((e) => e.id)).toEqual(['e1']);
  });

  it('a perspective page lists the insatser of the kinds its content names', () => {
    const [individ, samhalle] = content.perspectives;
    expect(perspectivePage(content, individ!).insatser.map((i) => i.id)).toEqual(['i1']);
    expect(perspectivePage(content, individ!).events.map((e) => e.id)).toEqual(['e2']);
    expect(perspectivePage(content, individ!).others.map((p) => p.id)).toEqual(['samhalle']);
    expect(perspectivePage(content, samhalle!).insatser).toEqual([]);
  });
});

describe('list pages', () => {
  it('the timeline and its filter pages, single and combined', () => {
    expect(timelinePage(content).items.map((i) => i.event.id)).toEqual(['e1', 'e2', 'e3']);
    const selections = filterSelections(content, 'tidslinje');
    const paths = selections.map((s) => s.map((o) => `${o.dimension}/${o.value}`).join('/'));
    // Every single option still has its page (journalists link them) …
    expect(paths.filter((p) => p.split('/').length === 2)).toEqual([
      'typ/beslut',
      'typ/mote',
      'kommun/a',
      'kommun/b',
      'kommun/c',
      'part/af',
    ]);
    // … and only combinations with results get one.
    for (const selection of selections) expect(timelinePage(content, selection).items.length).toBeGreaterThan(0);
    const meeting = selections.find((s) => s.length === 1 && s[0]?.value === 'mote')!;
    const filtered = timelinePage(content, meeting);
    expect(filtered.items.map((i) => i.event.id)).toEqual(['e3']);
    expect(filtered.frame.searchable).toBe(false);
    expect(filtered.items[0]?.dispute?.other.id).toBe('s2');
    expect(filtered.active).toEqual(meeting);
    expect(filtered.years.map((y) => y.year)).toEqual(filtered.items.map((i) => Number(String(i.event.data.date).slice(0, 4))));
    const combined = selections.find((s) => s.length === 2)!;
    const page = timelinePage(content, combined);
    expect(page.frame.title).toBe(`Tidslinje: ${combined[0]?.label} och ${combined[1]?.label}`);
    expect(page.choices.flatMap((g) => g.choices.filter((c) => c.current).map((c) => c.target))).toContainEqual(combined);
  });

  it('the insatser catalogue filtered by municipality includes insatser for all', () => {
    const selection = filterSelections(content, 'insatser').find(
      (s) => s.length === 1 && s[0]?.dimension === 'kommun' && s[0].value === 'c',
    )!;
    expect(insatserPage(content, selection).insatser.map((i) => i.id)).toEqual(['i2', 'i3']);
    expect(
      insatserPage(content, selection)
        .byKind.flatMap((g) => g.items.map((i) => i.id))
        .sort(),
    ).toEqual(['i2', 'i3']);
  });

  it('/ekonomi/ shows the series in their order and cites the comparison sentences', () => {
    const page = economyPage(content);
    expect(page.charts.map((c) => c.series.id)).toEqual(['forst', 'sedan']);
    expect(page.frame.sources.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
  });

  it('the glossary numbers each term by its source in the page list', () => {
    const page = glossaryPage(content);
    expect(page.terms.map((t) => [t.id, t.number])).toEqual([
      ['ord', 1],
      ['annat', 2],
    ]);
  });

  it('the site index groups every page and sorts each group', () => {
    const groups = searchPage(content).groups;
    expect(groups.find((g) => g.type === 'kommun')?.items.map((i) => i.path)).toEqual(['/kommuner/a/', '/kommuner/b/', '/kommuner/c/']);
    expect(groups.find((g) => g.type === 'händelse')?.items).toHaveLength(events.length);
  });

  it('the home page shows the latest events first and cites its text, then its key figures', () => {
    const withIntroSources = {
      ...content,
      sources: [...sources, ...['sfv-om-oss', 'finsam-lagen'].map((id) => make.source(id))],
    };
    const figures = [{ order: 1, value: '3', label: 'förbund', source: ref('kallor', 's2'), citat: ['tre förbund'] }];
    const page = homePage({ ...withIntroSources, keyFigures: figures });
    expect(page.latestEvents.map((e) => e.id)).toEqual(['e3', 'e2', 'e1']);
    expect(page.sources.map((s) => s.id)).toEqual(['sfv-om-oss', 'finsam-lagen', 's2']);
    expect(page.sources.at(-1)?.passages).toEqual(['tre förbund']);
  });
});
