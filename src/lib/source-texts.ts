/**
 * The texts of the sources (content/kalltexter/): the whole text of a document
 * or short passages from a web page, and the citations checked against them.
 * A citation `<Kalla id="…" citat="…" />` must quote its own source word for
 * word (src/lib/passages.ts says what counts as the same words); its marker
 * then links to the part of the source's page where the passage stands.
 */
import { checkTranscription, findPassage, passageAsWritten, rowOfPassage, textBlocksOf, textFragment, type TextBlock } from './passages';
import { findCitations } from './citations';
import { bodyFirstLine, type ContentEntry } from './integrity';
import type { ContentProblem } from './problems';
import { routes } from './paths';
import type { SourceTextData } from '@/schemas/kalltexter';

/** Each source's searchable blocks, by source id. */
export type PassageIndex = ReadonlyMap<string, readonly TextBlock[]>;

/** Where a quoted passage stands: its source and the block (the anchor on the source's page). */
export interface PassageLocation {
  sourceId: string;
  blockId: string;
  /**
   * The passage as the source's page writes it, for the text fragment; undefined
   * when it runs across the items of a list or the cells of a table, where a
   * browser cannot highlight it (the link then leads to the list, or to the
   * table's row).
   */
  asWritten?: string;
  /** For a passage across the cells of one table row: the row, 1-based (its element is highlighted as the target). */
  row?: number;
}

export const ORIGINALS_FOLDER = 'content/kalltexter/original';

export function passageIndex(texts: readonly { id: string; data: SourceTextData }[]): PassageIndex {
  return new Map(texts.map((t) => [t.id, textBlocksOf(t.data.delar)]));
}

/** The block of `sourceId` that holds the passage, or undefined. */
export function locatePassage(index: PassageIndex, sourceId: string, passage: string): PassageLocation | undefined {
  const block = findPassage(passage, index.get(sourceId) ?? []);
  if (!block) return undefined;
  const pieces = block.parts ?? [block.text];
  const asWritten = pieces.map((piece) => passageAsWritten(passage, piece)).find((found) => found !== undefined);
  if (asWritten !== undefined) return { sourceId, blockId: block.id, asWritten };
  const row = rowOfPassage(passage, block);
  return { sourceId, blockId: block.id, ...(row === undefined ? {} : { row }) };
}

/** The address of a passage: its part of the source's page, with the words highlighted. */
export function passagePath(location: PassageLocation): string {
  const fragment = location.asWritten === undefined ? '' : textFragment(location.asWritten);
  const anchor = location.row === undefined ? passageAnchor(location.blockId) : rowAnchor(location.blockId, location.row);
  return routes.sourcePassage(location.sourceId, anchor, fragment);
}

/** The id of a block's element on the source's page. */
export function passageAnchor(blockId: string): string {
  return `text-${blockId}`;
}

/** The id of a table row's element on the source's page (rows counted from 1, below the heading row). */
export function rowAnchor(blockId: string, row: number): string {
  return `${passageAnchor(blockId)}-rad-${row}`;
}

/** A passage is a clause or a sentence, not a paragraph. */
export const MAX_PASSAGE = 300;

const short = (text: string) => `”${text.length > 70 ? `${text.slice(0, 70).trimEnd()} …` : text}”`;

/** What is wrong with one citation's passage, in Swedish, or undefined when the source has it. */
export function passageProblem(index: PassageIndex, sourceId: string, passage: string): string | undefined {
  if (passage.trim() === '') return 'citat="" är tomt. Skriv de ord i källan som meningen bygger på.';
  if (passage.length > MAX_PASSAGE)
    return `citatet ${short(passage)} är ${passage.length} tecken. Ett citat är en sats eller en mening, högst ${MAX_PASSAGE} tecken: korta det till de ord som meningen bygger på.`;
  if (!index.has(sourceId))
    return `har ett citat, men källan "${sourceId}" har ingen text i content/kalltexter/ att jämföra det med. Lägg till content/kalltexter/${sourceId}.yaml.`;
  if (locatePassage(index, sourceId, passage)) return undefined;
  const elsewhere = [...index.keys()].filter((id) => id !== sourceId && locatePassage(index, id, passage));
  const hint = elsewhere.length
    ? ` Citatet står i ${elsewhere.map((id) => `källan "${id}"`).join(' och ')}: byt id till den källan.`
    : ' Skriv citatet ordagrant som det står i källan (content/kalltexter/' + sourceId + '.yaml).';
  return `citatet ${short(passage)} finns inte i källan "${sourceId}".${hint}`;
}

/** Citations in MDX without a passage, or whose passage is not in their source. */
export function citationPassageProblems(entries: readonly ContentEntry[], index: PassageIndex): ContentProblem[] {
  return entries.flatMap((entry) =>
    findCitations(entry.body ?? '', bodyFirstLine(entry)).flatMap((use) => {
      const message =
        use.passage === undefined
          ? `har inget citat. Skriv de ord i källan som meningen bygger på, ordagrant: <Kalla id="${use.id}" citat="…" />.`
          : passageProblem(index, use.id, use.passage);
      return message ? [{ file: entry.filePath ?? entry.id, field: `<Kalla id="${use.id}">`, lines: [use.line], message }] : [];
    }),
  );
}

interface CitedField {
  path: string;
  sourceId: string;
  passages: readonly string[] | undefined;
}

const isSourceRef = (value: unknown): value is { collection: 'kallor'; id: string } =>
  typeof value === 'object' && value !== null && (value as { collection?: unknown }).collection === 'kallor';

/** Every object in an entry's data that names one source (`source:`) and so must quote it (`citat:`). */
function citedFields(data: unknown, path = ''): CitedField[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => citedFields(item, `${path}[${i}]`));
  if (typeof data !== 'object' || data === null || isSourceRef(data)) return [];
  const record = data as Record<string, unknown>;
  const own: CitedField[] = isSourceRef(record.source)
    ? [{ path, sourceId: record.source.id, passages: Array.isArray(record.citat) ? (record.citat as string[]) : undefined }]
    : [];
  return [...own, ...Object.entries(record).flatMap(([key, value]) => citedFields(value, path ? `${path}.${key}` : key))];
}

/**
 * Data fields that cite one source (a key figure, a chart, a glossary term, a
 * sentence after a chart): each needs `citat:`, and every passage must be in
 * that source. `lineOf` finds a field's line in the file, for the message.
 */
export function dataPassageProblems(
  entries: readonly ContentEntry[],
  index: PassageIndex,
  lineOf: (entry: ContentEntry, path: string) => number | undefined,
): ContentProblem[] {
  return entries.flatMap((entry) =>
    citedFields(entry.data).flatMap(({ path, sourceId, passages }) => {
      const field = path ? `${path}.citat` : 'citat';
      const where = { file: entry.filePath ?? entry.id, field };
      const line = lineOf(entry, field) ?? lineOf(entry, path ? `${path}.source` : 'source');
      const lines = line === undefined ? undefined : [line];
      if (passages === undefined)
        return [
          { ...where, lines, message: `saknas. Skriv under source: de ord i källan "${sourceId}" som uppgiften bygger på, ordagrant.` },
        ];
      return passages.flatMap((passage) => {
        const message = passageProblem(index, sourceId, passage);
        return message ? [{ ...where, lines, message }] : [];
      });
    }),
  );
}

/**
 * A source text must belong to a source, and a whole text must be faithful to
 * its original(s): every part found there (after the listed corrections) and
 * nothing of the original left out.
 */
export function sourceTextProblems(
  texts: readonly { id: string; filePath?: string; data: SourceTextData }[],
  sourceIds: ReadonlySet<string>,
  readOriginal: (file: string) => string | undefined,
): ContentProblem[] {
  return texts.flatMap((t) => {
    const file = t.filePath ?? `content/kalltexter/${t.id}.yaml`;
    const problems: ContentProblem[] = [];
    if (!sourceIds.has(t.id))
      problems.push({
        file,
        field: '',
        message: `hör inte till någon källa: content/kallor/${t.id}.mdx finns inte. Filen ska heta som källan.`,
      });
    if (t.data.typ !== 'helt') return problems;
    const originals = t.data.original.map((name) => ({ name, text: readOriginal(`${ORIGINALS_FOLDER}/${name}`) }));
    for (const missing of originals.filter((o) => o.text === undefined))
      problems.push({ file, field: 'original', message: `filen ${ORIGINALS_FOLDER}/${missing.name} finns inte.` });
    if (problems.length > 0) return problems;
    const corrections = t.data.rattelser.map((r) => ({ from: r.fran, to: r.till }));
    const found = checkTranscription(
      originals.map((o) => o.text ?? ''),
      textBlocksOf(t.data.delar),
      corrections,
      t.data.utelamnat,
    );
    return [...problems, ...found.map((message) => ({ file, field: '', message: `stämmer inte med originalet: ${message}` }))];
  });
}
