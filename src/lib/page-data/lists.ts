/** The list pages: each returns its frame and the items it lists. */
import { citationNumber, citedSources, quoting } from '../citations';
import { locatePassage, passageIndex, passagePath, type PassageIndex } from '../source-texts';
import type { Page, SiteContent, Source } from '../entries';
import { factMarkersByFact, factRefs } from '../fact-citations';
import {
  filterChoices,
  filterGroups,
  matchesSelection,
  selectionLabel,
  selectionsWithResults,
  type FilterOption,
  type Selection,
} from '../filters';
import { LIST_PAGES, routes } from '../paths';
import type { PageFrame } from '../page-frame';
import { groupIndex } from '../site-index';
import { groupByYear, latest, timelineItems } from '../timeline';
import { chartOf } from './charts';
import { earlierForbundOf } from './municipality';
import { EVENT_KINDS, INSATS_KINDS } from '@/schemas/vocabulary';

/** The frame of a top-level list page: its breadcrumb is its own title. */
function listFrame(title: string, lead: string, sources: Source[], section?: string): PageFrame {
  return { title, lead, breadcrumbs: [{ label: title }], section, sources };
}

/** The frame of a filter page below a list page: not indexed by search. */
function filterFrame(
  parent: { label: string; path: string },
  selection: Selection,
  lead: string,
  sources: Source[],
  section: string,
): PageFrame {
  const label = selectionLabel(selection);
  return {
    title: `${parent.label}: ${label}`,
    lead,
    breadcrumbs: [parent, { label }],
    section,
    sources,
    searchable: false,
  };
}

/** Where a marker leads: the quoted passage on the source's page, or the page itself. */
function passageOrSource(index: PassageIndex, sourceId: string, passage: string | undefined): string {
  const at = passage === undefined ? undefined : locatePassage(index, sourceId, passage);
  return at ? passagePath(at) : routes.source(sourceId);
}

const named = (items: readonly { id: string; data: { name: string } }[]) => items.map((i) => ({ id: i.id, name: i.data.name }));

/** The sources of the home page's opening sentences (src/pages/index.astro), with the words each rests on. */
const HOME_CITATIONS = {
  merger: { id: 'sfv-om-oss', citat: 'Förbundet startade 2024 och är en sammanslagning av tre lokala Samordningsförbund i länet' },
  together: {
    id: 'sfv-om-oss',
    citat:
      'främja arbetslivsinriktad rehabiliteringssamverkan mellan kommunerna i länet, Region Västmanland, Arbetsförmedlingen och Försäkringskassan',
  },
  forWhom: { id: 'finsam-lagen', citat: 'individer som är i behov av samordnade rehabiliteringsinsatser' },
} as const;

export function homePage(content: SiteContent) {
  const sources = citedSources(
    content.sources,
    [],
    [...Object.values(HOME_CITATIONS).map((c) => ({ id: c.id, passages: [c.citat] })), ...content.keyFigures.map(quoting)],
  );
  return {
    sources,
    citations: HOME_CITATIONS,
    keyFigures: content.keyFigures,
    municipalities: content.municipalities.map((m) => ({ id: m.id, name: m.data.name, kommunkod: m.data.kommunkod })),
    perspectives: content.perspectives.map((p) => ({ label: p.data.title, path: routes.perspective(p.id) })),
    latestEvents: latest(content.events, 4),
  };
}

/** A page from content/sidor/. */
export function contentPage(content: SiteContent, page: Page) {
  const frame: PageFrame = {
    title: page.data.title,
    description: page.data.description,
    breadcrumbs: [{ label: page.data.title }],
    section: page.id,
    lang: page.data.lang,
    sources: citedSources(content.sources, [page.body], page.data.sources),
    meta: page.data,
  };
  return { frame, page };
}

/** The facts the list of municipalities shows for each of them (the table's columns). */
const TABLE_FACTS = ['kommunkod', 'earlierForbund'];

export function municipalitiesPage(content: SiteContent) {
  const frame = listFrame(
    'Kommuner',
    'Välj din kommun för att se vad förbundet betyder där du bor.',
    // The table shows each municipality's code and earlier förbund: the page cites what the cells say.
    citedSources(
      content.sources,
      [],
      [],
      content.municipalities.flatMap((m) => factRefs(m.data.faktakallor, TABLE_FACTS)),
    ),
    'kommuner',
  );
  const rows = content.municipalities.map((kommun) => {
    const markers = factMarkersByFact(kommun.data.faktakallor);
    const earlier = earlierForbundOf(kommun, content.forbund);
    return {
      kommun,
      earlier,
      markers: { kommunkod: markers.kommunkod ?? [], earlierForbund: markers.earlierForbund ?? [] },
    };
  });
  return { frame, rows, guidePath: routes.page(content.settings.guidePage.id) };
}

export function forbundListPage(content: SiteContent) {
  const frame = listFrame(
    'Förbunden',
    // No dates here: each förbund's page gives them with their citations.
    'Här finns en sida om vart och ett av förbunden i länet: de tre som fanns före 2024 och Samordningsförbundet Västmanland.',
    citedSources(
      content.sources,
      [],
      content.forbund.flatMap((f) => f.data.sources),
    ),
  );
  return { ...frame, items: content.forbund.map((f) => ({ label: f.data.name, path: routes.forbund(f.id) })) };
}

export function partiesPage(content: SiteContent) {
  const frame = listFrame(
    'Parterna',
    'Här finns en sida om var och en av parterna Arbetsförmedlingen, Försäkringskassan och Region Västmanland. Kommunerna har var sin sida under Kommuner.',
    citedSources(
      content.sources,
      [],
      content.parties.flatMap((p) => p.data.sources),
    ),
  );
  return {
    ...frame,
    intro: 'Varje sida berättar vilken roll parten har enligt lagen om finansiell samordning och vad källorna säger om den.',
    items: content.parties.map((p) => ({ label: p.data.name, path: routes.party(p.id) })),
  };
}

export function perspectivesPage(content: SiteContent) {
  const frame: PageFrame = {
    title: 'Varför ett förbund för hela länet?',
    lead: 'Dokumenten ger skäl från fyra håll: individen, förbundet, parterna och samhället.',
    breadcrumbs: [{ label: 'Perspektiv' }],
    section: 'perspektiv',
    sources: citedSources(
      content.sources,
      [],
      content.perspectives.flatMap((p) => p.data.sources),
    ),
  };
  return {
    ...frame,
    items: content.perspectives.map((p) => ({ label: p.data.title, path: routes.perspective(p.id), note: p.data.summary })),
  };
}

export function sourcesPage(content: SiteContent) {
  const toItem = (s: Source) => ({ label: s.data.title, path: routes.source(s.id), note: s.data.issuer });
  return {
    documents: content.sources.filter((s) => s.data.files.length > 0).map(toItem),
    publicSources: content.sources.filter((s) => s.data.files.length === 0).map(toItem),
  };
}

export function glossaryPage(content: SiteContent) {
  const sources = citedSources(
    content.sources,
    [],
    content.terms.map((t) => quoting(t.data)),
  );
  const order = sources.map((s) => s.id);
  const passages = passageIndex(content.sourceTexts);
  const frame: PageFrame = {
    title: 'Ordlista',
    lead: 'Ord som du möter på webbplatsen, förklarade med enkla ord.',
    breadcrumbs: [{ label: 'Ordlista' }],
    sources,
    search: { type: 'ordlista' },
  };
  return {
    frame,
    terms: content.terms.map((term) => ({
      id: term.id,
      term: term.data.term,
      explanation: term.data.explanation,
      sourcePath: passageOrSource(passages, term.data.source.id, term.data.citat[0]),
      number: citationNumber(order, term.data.source.id),
    })),
  };
}

function seriesSources(content: SiteContent) {
  return citedSources(
    content.sources,
    [],
    content.series.flatMap((s) => [
      quoting(s.data),
      ...s.data.comparison.flatMap((c) => (c.source ? [quoting({ ...c, source: c.source })] : [])),
    ]),
  );
}

export function economyPage(content: SiteContent) {
  const frame = listFrame(
    'Ekonomi',
    'Så finansieras förbundet, och de siffror som källorna ger. Varje diagram har en tabell med samma siffror, och du kan ladda ned dem.',
    seriesSources(content),
    'ekonomi',
  );
  return { frame, charts: content.series.map((series) => chartOf(content, series)) };
}

export function dataPage(content: SiteContent) {
  const frame: PageFrame = {
    title: 'Data att ladda ned',
    lead: 'Alla siffror i webbplatsens diagram och tabeller finns här som CSV och JSON.',
    breadcrumbs: [{ label: 'Ekonomi', path: routes.economy() }, { label: 'Data' }],
    section: 'ekonomi',
    sources: seriesSources(content),
  };
  return {
    frame,
    rows: content.series.map((s) => ({
      title: s.data.title,
      path: routes.seriesOnEconomy(s.id),
      csv: routes.download(s.id, 'csv'),
      json: routes.download(s.id, 'json'),
      updated: s.data.updated,
    })),
  };
}

function timelineFilters(content: SiteContent) {
  return filterGroups(
    named(content.parties),
    named(content.municipalities),
    EVENT_KINDS,
    content.events.map((e) => e.data),
  );
}

function insatsFilters(content: SiteContent) {
  return filterGroups(
    named(content.parties),
    named(content.municipalities),
    INSATS_KINDS,
    content.insatser.map((i) => i.data),
  );
}

/** The timeline, all of it or the events that match every chosen filter option. */
export function timelinePage(content: SiteContent, selection: Selection = []) {
  const events = content.events.filter((e) => matchesSelection(e.data, selection));
  const sources = citedSources(
    content.sources,
    [],
    events.flatMap((e) => e.data.sources),
  );
  const frame =
    selection.length > 0
      ? filterFrame(
          { label: 'Tidslinje', path: routes.timeline() },
          selection,
          `Händelserna i tidslinjen som gäller ${selectionLabel(selection)}.`,
          sources,
          'tidslinje',
        )
      : listFrame(
          'Tidslinje',
          'Så kom förbundet till, från de tre första förbunden till länsförbundet 2024. Varje händelse har en egen sida med källor.',
          sources,
          'tidslinje',
        );
  const items = timelineItems(events, content.sources);
  const choices = filterChoices(
    timelineFilters(content),
    selection,
    content.events.map((e) => e.data),
  );
  return { frame, items, years: groupByYear(items, (item) => item.event), choices, active: [...selection] };
}

/** The insatser catalogue, all of it or the insatser that match every chosen filter option. */
export function insatserPage(content: SiteContent, selection: Selection = []) {
  const insatser = content.insatser.filter((i) => matchesSelection(i.data, selection));
  const sources = citedSources(
    content.sources,
    [],
    insatser.flatMap((i) => i.data.sources),
  );
  const frame =
    selection.length > 0
      ? filterFrame(
          { label: 'Insatser', path: routes.insatser() },
          selection,
          `Insatserna som gäller ${selectionLabel(selection)}.`,
          sources,
          'insatser',
        )
      : listFrame(
          'Insatser',
          'Här finns de insatser och former av samarbete som källorna nämner. Varje sida säger vad som är känt och vad källorna inte säger.',
          sources,
          'insatser',
        );
  const choices = filterChoices(
    insatsFilters(content),
    selection,
    content.insatser.map((i) => i.data),
  );
  const byKind = INSATS_KINDS.map((kind) => ({ kind, items: insatser.filter((i) => i.data.kind === kind) })).filter(
    (group) => group.items.length > 0,
  );
  return { frame, insatser, byKind, choices, active: [...selection] };
}

/**
 * Every filter page of the timeline or the catalogue: one per option and one
 * per combination of options from different dimensions that has results.
 */
export function filterSelections(content: SiteContent, section: 'tidslinje' | 'insatser'): FilterOption[][] {
  return section === 'tidslinje'
    ? selectionsWithResults(
        timelineFilters(content),
        content.events.map((e) => e.data),
      )
    : selectionsWithResults(
        insatsFilters(content),
        content.insatser.map((i) => i.data),
      );
}

/** The plain index of every page, grouped by type, and the municipality filter's names, for /sok/. */
export function searchPage(content: SiteContent) {
  const groups = groupIndex([
    ...LIST_PAGES.map((link) => ({ type: 'sida' as const, label: link.label, path: link.path })),
    ...content.pages.map((p) => ({ type: 'sida' as const, label: p.data.title, path: routes.page(p.id) })),
    ...content.municipalities.map((k) => ({ type: 'kommun' as const, label: k.data.name, path: routes.municipality(k.id) })),
    ...content.perspectives.map((p) => ({ type: 'perspektiv' as const, label: p.data.title, path: routes.perspective(p.id) })),
    ...content.events.map((e) => ({ type: 'händelse' as const, label: e.data.title, path: routes.event(e.id) })),
    ...content.insatser.map((i) => ({ type: 'insats' as const, label: i.data.name, path: routes.insats(i.id) })),
    ...content.forbund.map((f) => ({ type: 'förbund' as const, label: f.data.name, path: routes.forbund(f.id) })),
    ...content.parties.map((p) => ({ type: 'part' as const, label: p.data.name, path: routes.party(p.id) })),
    ...content.sources.map((s) => ({ type: 'källa' as const, label: s.data.title, path: routes.source(s.id) })),
    ...content.terms.map((t) => ({ type: 'ordlista' as const, label: t.data.term, path: routes.term(t.id) })),
  ]);
  return { groups, municipalities: content.municipalities.map((m) => m.data.name) };
}
