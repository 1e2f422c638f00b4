/**
 * The one place that reads the content collections. `getSiteContent()` loads
 * every collection once per build, runs the content check (`checkContent`)
 * before any page is written, and hands the page-data layer
 * (src/lib/page-data/) plain, sorted data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionKey } from 'astro:content';
import { sortEvents, orderProblems } from './timeline';
import { describeProblems, fieldLine, findContentProblems, type ContentEntry } from './integrity';
import { findMdxProblems } from './mdx-safety';
import type { ContentProblem } from './problems';
import { COMPOUND_LIST_FILE, compoundFinder, readCompoundList } from './compounds';
import { EVERYDAY_WORDS_FILE, everydayWordFinder, readEverydayWords } from './everyday-words';
import { swedishWordList } from './swedish-dictionary';
import type { SiteContent, Source, Settings } from './entries';
import type { SourceTextData } from '@/schemas/kalltexter';
import { hedgeProblems, SENTENCE_HEDGE } from './hedges';
import { factHedgeProblems, kommunkodProblems, sourceTables } from './fact-citations';
import { citationPassageProblems, dataPassageProblems, passageIndex, sourceTextProblems, type PassageIndex } from './source-texts';

const CHECKED: CollectionKey[] = [
  'kallor',
  'kalltexter',
  'forbund',
  'parter',
  'kommuner',
  'perspektiv',
  'tidslinje',
  'insatser',
  'bidrag',
  'ordlista',
  'sidor',
  'nyckeltal',
  'webbplats',
];

/** Every entry as plain data, with the file as the editor wrote it. */
async function loadEntries(): Promise<ContentEntry[]> {
  const all: ContentEntry[] = [];
  for (const name of CHECKED) {
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

/**
 * What a text file may not contain (raw HTML, script, foreign links and images:
 * src/lib/mdx-safety.ts). The build also checks this as MDX loads; here it
 * covers .md files, which the dev server renders without that step.
 */
function textProblems(entry: ContentEntry): ContentProblem[] {
  if (!entry.filePath || entry.raw === undefined || !/\.mdx?$/i.test(entry.filePath)) return [];
  return findMdxProblems(entry.filePath, entry.raw).map((p) => ({
    file: p.file,
    field: '',
    message: `${p.field} ${p.message}`,
    lines: [p.line],
  }));
}

/**
 * The content check: the cross-file rules one schema cannot see (references
 * and <Kalla> ids that point nowhere, impossible dates in the YAML as written,
 * a glossary form claimed by two terms). Throws the editor's
 * message, which stops the build before any page is written.
 */
export function checkContent(entries: readonly ContentEntry[]): void {
  // The schema has checked each source text's data by now.
  const texts = entries.filter((e) => e.collection === 'kalltexter') as { id: string; filePath?: string; data: SourceTextData }[];
  const index = passageIndex(texts);
  const sourceIds = new Set(entries.filter((e) => e.collection === 'kallor').map((e) => e.id));
  const problems = [
    ...findContentProblems(entries),
    ...entries.flatMap(textProblems),
    ...sourceTextProblems(texts, sourceIds, readOriginal),
    ...citationPassageProblems(entries, index),
    ...dataPassageProblems(entries, index, fieldLine),
    ...hedgeProblems(entries),
    ...factHedgeProblems(entries, factStatesPlan),
    ...kommunkodProblems(entries, sourceTables(texts)),
    ...orderProblems(
      entries.filter((e) => e.collection === 'tidslinje') as {
        id: string;
        filePath?: string;
        data: { date: string; efter?: { id: string } };
      }[],
    ),
  ];
  if (problems.length > 0) throw new Error(describeProblems(problems));
}

/**
 * A fact that the page says is a plan may rest on a passage that plans: every
 * fact of an insats with status "planerad", and the date of an event whose
 * title or summary hedges ("Uppföljningen föreslås från 2026").
 */
function factStatesPlan(entry: ContentEntry, fact: string): boolean {
  const data = entry.data as { status?: string; title?: string; summary?: string };
  if (entry.collection === 'insatser') return data.status === 'planerad';
  return entry.collection === 'tidslinje' && fact === 'date' && SENTENCE_HEDGE.test(`${data.title ?? ''} ${data.summary ?? ''}`);
}

function readOriginal(file: string): string | undefined {
  return existsSync(resolve(file)) ? readFileSync(resolve(file), 'utf8') : undefined;
}

const byText =
  <T>(text: (item: T) => string) =>
  (a: T, b: T) =>
    text(a).localeCompare(text(b), 'sv');

async function loadSiteContent(): Promise<SiteContent> {
  const all = await loadEntries();
  checkContent(all);
  const [
    sourceTexts,
    sources,
    municipalities,
    forbund,
    parties,
    perspectives,
    events,
    insatser,
    series,
    terms,
    pages,
    keyFigures,
    settings,
  ] = await Promise.all([
    getCollection('kalltexter'),
    getCollection('kallor'),
    getCollection('kommuner'),
    getCollection('forbund'),
    getCollection('parter'),
    getCollection('perspektiv'),
    getCollection('tidslinje'),
    getCollection('insatser'),
    getCollection('bidrag'),
    getCollection('ordlista'),
    getCollection('sidor'),
    getCollection('nyckeltal'),
    getCollection('webbplats'),
  ]);
  const setting = settings[0]?.data;
  if (!setting) throw new Error('content/webbplats/installningar.yaml saknas eller är tom: webbplatsens inställningar behövs.');
  return {
    sources: sources.sort(byText((s) => s.data.title)),
    sourceTexts,
    municipalities: municipalities.sort(byText((m) => m.data.name)),
    forbund: forbund.sort(byText((f) => f.data.name)),
    parties: parties.sort(byText((p) => p.data.name)),
    perspectives: perspectives.sort((a, b) => a.data.order - b.data.order),
    events: sortEvents(events),
    insatser: insatser.sort(byText((i) => i.data.name)),
    series: series.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'sv')),
    terms: terms.sort(byText((t) => t.data.term)),
    pages: pages.sort((a, b) => a.id.localeCompare(b.id)),
    keyFigures: keyFigures.map((k) => k.data).sort((a, b) => a.order - b.order),
    settings: setting,
    all,
  };
}

let siteContent: Promise<SiteContent> | undefined;

/** The whole site's content, loaded and checked once per build. */
export function getSiteContent(): Promise<SiteContent> {
  siteContent ??= loadSiteContent();
  return siteContent;
}

let sourceMap: Promise<ReadonlyMap<string, Source>> | undefined;

/** Sources by id, for <Kalla>, which editors write in MDX and which looks its source up itself. */
export function getSourceMap(): Promise<ReadonlyMap<string, Source>> {
  sourceMap ??= getSiteContent().then((content) => new Map(content.sources.map((s) => [s.id, s])));
  return sourceMap;
}

let passages: Promise<PassageIndex> | undefined;

/** The sources' texts as searchable blocks, for <Kalla citat="…">, which editors write in MDX. */
export function getPassageIndex(): Promise<PassageIndex> {
  passages ??= getSiteContent().then((content) => passageIndex(content.sourceTexts));
  return passages;
}

/** The publisher's settings, for <Kontaktvag>, which editors write in MDX. */
export async function getSettings(): Promise<Settings> {
  return (await getSiteContent()).settings;
}

let findCompounds: ((text: string) => string[]) | undefined;

/** The parts of the compounds a text uses, for search: split against the Swedish dictionary, exceptions from content/sok/sammansattningar.yaml. */
export function searchCompoundParts(text: string): string[] {
  findCompounds ??= compoundFinder(
    readCompoundList(readFileSync(resolve(COMPOUND_LIST_FILE), 'utf8'), COMPOUND_LIST_FILE),
    swedishWordList(),
  );
  return findCompounds(text);
}

let findEverydayWords: ((text: string, compoundParts?: readonly string[]) => string[]) | undefined;

/** The everyday words for the words a text uses (and the parts of its compounds), for search: from content/sok/vardagsord.yaml. */
export function searchEverydayWords(text: string, compoundParts: readonly string[] = []): string[] {
  findEverydayWords ??= everydayWordFinder(readEverydayWords(readFileSync(resolve(EVERYDAY_WORDS_FILE), 'utf8'), EVERYDAY_WORDS_FILE));
  return findEverydayWords(text, compoundParts);
}
