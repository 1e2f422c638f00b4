/**
 * The citations of the fact boxes (`faktakallor:` in a page's frontmatter):
 * for each fact the box shows, the sources and the passages it rests on. The
 * schemas require a citation for every fact shown with a value (`factsCited`
 * in src/schemas/rules.ts); the passages are checked against their sources with
 * every other data citation (`dataPassageProblems` in ./source-texts.ts). Here:
 * the pieces the page-data layer and the content check need. Pure, no Astro.
 */
import { normalizeForMatch } from './passages';
import { PASSAGE_HEDGE } from './hedges';
import { fieldLine, type ContentEntry } from './integrity';
import type { ContentProblem } from './problems';

/** One source of a fact, as the schema gives it: the source's reference and the passages quoted from it. */
export interface FactCitation {
  source: { id: string };
  citat: readonly string[];
}

/** A fact box's citations, by fact name (`kommunkod`, `start` …). */
export type FactSources = Partial<Record<string, readonly FactCitation[]>>;

/** A fact's markers: one per quoted passage, in the order written, each source and passage once. */
export interface FactMarker {
  id: string;
  passage: string;
}

export function factMarkers(citations: readonly FactCitation[] | undefined): FactMarker[] {
  const seen = new Set<string>();
  return (citations ?? []).flatMap((c) =>
    c.citat.flatMap((passage) => {
      const key = `${c.source.id}\n${passage}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ id: c.source.id, passage }];
    }),
  );
}

/** A fact box's sources with their passages, for citedSources (the page's list "Källor"). */
export function factRefs(facts: FactSources | undefined, only?: readonly string[]): { id: string; passages: readonly string[] }[] {
  return Object.entries(facts ?? {})
    .filter(([fact]) => !only || only.includes(fact))
    .flatMap(([, citations]) => (citations ?? []).map((c) => ({ id: c.source.id, passages: c.citat })));
}

/** The line of a fact's citations in the file: its first source. */
function factLine(entry: ContentEntry, fact: string): number | undefined {
  return fieldLine(entry, `faktakallor.${fact}`) ?? fieldLine(entry, `faktakallor.${fact}[0].source`);
}

/** The rows of the tables in a source's text (without the heading row), by source id. */
export type SourceTables = ReadonlyMap<string, readonly (readonly string[])[]>;

export function sourceTables(
  texts: readonly { id: string; data: { delar: readonly { tabell?: readonly (readonly string[])[] }[] } }[],
): SourceTables {
  return new Map(texts.map((t) => [t.id, t.data.delar.flatMap((part) => part.tabell?.slice(1) ?? [])]));
}

/** True when the row pairs the code with the name: the code in one cell, the name in the next. */
const pairs = (row: readonly string[], code: string, name: string) =>
  row.some((cell, i) => normalizeForMatch(cell) === code && normalizeForMatch(row[i + 1] ?? '') === normalizeForMatch(name));

/**
 * What is wrong with a municipality's cited kommunkod, in Swedish, or undefined:
 * some passage must quote a table row of its source that pairs this code with
 * this name (`1983 Köping`).
 */
export function kommunkodProblem(
  kommun: { name: string; kommunkod: string },
  citations: readonly FactCitation[] | undefined,
  tables: SourceTables,
): string | undefined {
  const { name, kommunkod } = kommun;
  const quoted = `${kommunkod} ${name}`;
  const shows = (citations ?? []).some((c) => {
    const rows = tables.get(c.source.id) ?? [];
    return (
      rows.some((row) => pairs(row, kommunkod, name)) &&
      c.citat.some((passage) => ` ${normalizeForMatch(passage)} `.includes(` ${normalizeForMatch(quoted)} `))
    );
  });
  if (shows) return undefined;
  const other = (citations ?? [])
    .flatMap((c) => (tables.get(c.source.id) ?? []).map((row) => ({ source: c.source.id, row })))
    .find(({ row }) => row.slice(1).some((cell) => normalizeForMatch(cell) === normalizeForMatch(name)));
  if (other) {
    const code = other.row[other.row.findIndex((cell) => normalizeForMatch(cell) === normalizeForMatch(name)) - 1];
    if (code !== undefined && normalizeForMatch(code) !== kommunkod)
      return `citerar källan "${other.source}", vars tabell ger ${name} kommunkoden ${code}, men kommunkod är "${kommunkod}". Rätta kommunkod eller citatet.`;
  }
  return `visar inte att kommunkoden ${kommunkod} hör till ${name}. Citera raden i källans tabell med kod och namn, t.ex. citat: ["${quoted}"].`;
}

interface MunicipalityData {
  name: string;
  kommunkod: string;
  faktakallor?: FactSources;
}

/** The content check of every municipality's kommunkod against the table row it cites. */
export function kommunkodProblems(entries: readonly ContentEntry[], tables: SourceTables): ContentProblem[] {
  return entries
    .filter((e) => e.collection === 'kommuner')
    .flatMap((entry) => {
      const data = entry.data as MunicipalityData;
      const message = kommunkodProblem(data, data.faktakallor?.kommunkod, tables);
      if (!message) return [];
      const line = factLine(entry, 'kommunkod') ?? fieldLine(entry, 'kommunkod');
      return [
        { file: entry.filePath ?? entry.id, field: 'faktakallor.kommunkod', lines: line === undefined ? undefined : [line], message },
      ];
    });
}

/**
 * A fact box states its facts as done: a fact may not rest only on passages
 * that propose, plan or estimate (the hedge check of src/lib/hedges.ts, for
 * facts). `hedged` names the facts whose value itself says it is a plan (an
 * insats with status "planerad"); they may.
 */
export function factHedgeProblems(
  entries: readonly ContentEntry[],
  hedged: (entry: ContentEntry, fact: string) => boolean,
): ContentProblem[] {
  return entries.flatMap((entry) => {
    const facts = (entry.data as { faktakallor?: FactSources } | null)?.faktakallor;
    return Object.entries(facts ?? {}).flatMap(([fact, citations]) => {
      const markers = factMarkers(citations);
      if (markers.length === 0 || markers.some((m) => !PASSAGE_HEDGE.test(m.passage)) || hedged(entry, fact)) return [];
      const line = factLine(entry, fact);
      return [
        {
          file: entry.filePath ?? entry.id,
          field: `faktakallor.${fact}`,
          lines: line === undefined ? undefined : [line],
          message: `citerar bara ${markers.map((m) => `”${m.passage}”`).join(' och ')}, som är ett förslag, en plan eller en uppskattning, men faktarutan säger det som om det hade hänt. Citera också en källa som visar att det hände, eller ta bort uppgiften.`,
        },
      ];
    });
  });
}

/** A fact box's markers by fact name, for its component (each fact's `<Kalla>` markers). */
export type FactMarkers = Partial<Record<string, FactMarker[]>>;

export function factMarkersByFact(facts: FactSources | undefined): FactMarkers {
  return Object.fromEntries(Object.entries(facts ?? {}).map(([fact, citations]) => [fact, factMarkers(citations)]));
}
