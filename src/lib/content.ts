/**
 * The one place that reads content collections. Pages ask this module for
 * data; it checks the whole content once (references and citations) and stops
 * the build with an editor-friendly message when something is wrong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { citationOrder } from './citations';
import { compareDates, parsePartialDate } from './dates';
import { groupIndex, type IndexGroup } from './site-index';
import { routes } from './paths';
import { filterGroups, type Filterable, type FilterGroup } from './filters';
import { describeProblems, findContentProblems, type ContentEntry } from './integrity';
import { load } from 'js-yaml';
import { compoundFinder, parseCompoundList } from './compounds';

const COLLECTIONS: CollectionKey[] = [
  'kallor',
  'forbund',
  'parter',
  'kommuner',
  'perspektiv',
  'tidslinje',
  'insatser',
  'bidrag',
  'ordlista',
  'sidor',
];

async function loadAll(): Promise<ContentEntry[]> {
  const all: ContentEntry[] = [];
  for (const name of COLLECTIONS) {
    for (const entry of await getCollection(name)) {
      all.push({
        collection: name,
        id: entry.id,
        filePath: entry.filePath,
        data: entry.data,
        body: 'body' in entry ? entry.body : undefined,
        raw: entry.filePath ? readFileSync(resolve(entry.filePath), 'utf8') : undefined,
      });
    }
  }
  return all;
}

// Runs when the first page module loads, before any page is written.
const allEntries = await loadAll();
const problems = findContentProblems(allEntries);
if (problems.length > 0) throw new Error(describeProblems(problems));

export type Source = CollectionEntry<'kallor'>;
export type Municipality = CollectionEntry<'kommuner'>;
export type Forbund = CollectionEntry<'forbund'>;
export type Party = CollectionEntry<'parter'>;
export type Perspective = CollectionEntry<'perspektiv'>;
export type TimelineEvent = CollectionEntry<'tidslinje'>;
export type Insats = CollectionEntry<'insatser'>;
export type Series = CollectionEntry<'bidrag'>;
export type Term = CollectionEntry<'ordlista'>;
export type Page = CollectionEntry<'sidor'>;

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  a.data.name.localeCompare(b.data.name, 'sv');

export async function getSources(): Promise<Source[]> {
  return (await getCollection('kallor')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'sv'));
}

// Every citation on every page looks its source up here: build the map once per build.
let sourceMap: Promise<ReadonlyMap<string, Source>> | undefined;

export function getSourceMap(): Promise<ReadonlyMap<string, Source>> {
  sourceMap ??= getCollection('kallor').then((sources) => new Map(sources.map((s) => [s.id, s])));
  return sourceMap;
}

export async function getMunicipalities(): Promise<Municipality[]> {
  return (await getCollection('kommuner')).sort(byName);
}

export async function getForbund(): Promise<Forbund[]> {
  return (await getCollection('forbund')).sort(byName);
}

export async function getParties(): Promise<Party[]> {
  return (await getCollection('parter')).sort(byName);
}

export async function getPerspectives(): Promise<Perspective[]> {
  return (await getCollection('perspektiv')).sort((a, b) => a.data.order - b.data.order);
}

export async function getEvents(): Promise<TimelineEvent[]> {
  return (await getCollection('tidslinje')).sort(
    (a, b) => compareDates(parsePartialDate(a.data.date), parsePartialDate(b.data.date)) || a.id.localeCompare(b.id),
  );
}

export async function getInsatser(): Promise<Insats[]> {
  return (await getCollection('insatser')).sort(byName);
}

export async function getSeries(): Promise<Series[]> {
  return getCollection('bidrag');
}

export async function getTerms(): Promise<Term[]> {
  return (await getCollection('ordlista')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'sv'));
}

export async function getPages(): Promise<Page[]> {
  return getCollection('sidor');
}

/** The publisher's settings (content/webbplats/installningar.yaml). */
export async function getSettings(): Promise<{ contactEmail: string; contactUrl: string }> {
  const [settings] = await getCollection('webbplats');
  return settings?.data ?? { contactEmail: '', contactUrl: '' };
}

export async function getPage(id: string): Promise<Page | undefined> {
  return (await getCollection('sidor')).find((p) => p.id === id);
}

/**
 * The sources a page cites, in citation order: first those cited with <Kalla>
 * in the bodies (in order of appearance), then those named in frontmatter.
 */
export async function citedSources(bodies: (string | undefined)[], ids: { id: string }[] = []): Promise<Source[]> {
  const map = await getSourceMap();
  const order = citationOrder(bodies.join('\n'), ids.map((s) => s.id));
  return order.map((id) => {
    const source = map.get(id);
    if (!source) throw new Error(`Källan "${id}" finns inte i content/kallor/.`);
    return source;
  });
}

/** Every entry of every collection, as plain data (for "where is this source cited"). */
export async function getAllEntries(): Promise<readonly ContentEntry[]> {
  return allEntries;
}

/** Every page of the site grouped by type, for the plain index on /sok/. */
export async function getSiteIndex(): Promise<IndexGroup[]> {
  const [pages, kommuner, perspektiv, events, insatser, forbund, parter, sources, terms] = await Promise.all([
    getPages(),
    getMunicipalities(),
    getPerspectives(),
    getEvents(),
    getInsatser(),
    getForbund(),
    getParties(),
    getSources(),
    getTerms(),
  ]);
  return groupIndex([
    { type: 'sida', label: 'Startsida', path: routes.home() },
    { type: 'sida', label: 'Tidslinje', path: '/tidslinje/' },
    { type: 'sida', label: 'Ekonomi', path: '/ekonomi/' },
    { type: 'sida', label: 'Data att ladda ned', path: '/data/' },
    { type: 'sida', label: 'Ordlista', path: '/ordlista/' },
    { type: 'sida', label: 'Alla kommuner', path: '/kommuner/' },
    { type: 'sida', label: 'Alla perspektiv', path: '/perspektiv/' },
    { type: 'sida', label: 'Alla insatser', path: '/insatser/' },
    { type: 'sida', label: 'Alla förbund', path: '/forbund/' },
    { type: 'sida', label: 'Alla parter', path: '/parter/' },
    { type: 'sida', label: 'Alla källor', path: '/kallor/' },
    ...pages.map((p) => ({ type: 'sida', label: p.data.title, path: routes.sida(p.id) })),
    ...kommuner.map((k) => ({ type: 'kommun', label: k.data.name, path: routes.kommun(k.id) })),
    ...perspektiv.map((p) => ({ type: 'perspektiv', label: p.data.title, path: routes.perspektiv(p.id) })),
    ...events.map((e) => ({ type: 'händelse', label: e.data.title, path: routes.handelse(e.id) })),
    ...insatser.map((i) => ({ type: 'insats', label: i.data.name, path: routes.insats(i.id) })),
    ...forbund.map((f) => ({ type: 'förbund', label: f.data.name, path: routes.forbund(f.id) })),
    ...parter.map((p) => ({ type: 'part', label: p.data.name, path: routes.part(p.id) })),
    ...sources.map((s) => ({ type: 'källa', label: s.data.title, path: routes.kalla(s.id) })),
    ...terms.map((t) => ({ type: 'ordlista', label: t.data.term, path: routes.term(t.id) })),
  ]);
}

/** The filter groups for the timeline and the insatser catalogue. */
export async function getFilterGroups(kinds: readonly string[], items: readonly Filterable[]): Promise<FilterGroup[]> {
  const [parties, municipalities] = await Promise.all([getParties(), getMunicipalities()]);
  return filterGroups(
    parties.map((p) => ({ id: p.id, name: p.data.name })),
    municipalities.map((m) => ({ id: m.id, name: m.data.name })),
    kinds,
    items,
  );
}

const COMPOUND_LIST = 'content/sok/sammansattningar.yaml';
let findCompounds: ((text: string) => string[]) | undefined;

/** The parts of the compounds (content/sok/sammansattningar.yaml) that a text uses, for search. */
export function searchCompoundParts(text: string): string[] {
  findCompounds ??= compoundFinder(parseCompoundList(load(readFileSync(resolve(COMPOUND_LIST), 'utf8')), COMPOUND_LIST));
  return findCompounds(text);
}

