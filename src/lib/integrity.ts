/**
 * Cross-file checks that a single schema cannot make: every reference points at
 * an entry that exists, and every `<Kalla id="…">` in an MDX body names a source.
 * Pure: takes plain entries, returns problems in words an editor understands.
 */
import { findCitations } from './citations';
import { partialDateProblem } from './dates';

export interface ContentEntry {
  collection: string;
  id: string;
  filePath?: string;
  data: unknown;
  body?: string;
  /** The file as the editor wrote it (YAML quietly turns 2023-02-30 into 2 March). */
  raw?: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

const NOUN: Record<string, string> = {
  kallor: 'källan',
  kommuner: 'kommunen',
  parter: 'parten',
  forbund: 'förbundet',
  perspektiv: 'perspektivet',
  tidslinje: 'händelsen',
  insatser: 'insatsen',
  ordlista: 'ordet',
  bidrag: 'dataserien',
};

interface Reference {
  collection: string;
  id: string;
}

function isReference(value: unknown): value is Reference {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.collection === 'string' && typeof candidate.id === 'string' && Object.keys(candidate).length === 2;
}

function collectReferences(value: unknown, path: string, found: { path: string; ref: Reference }[]): void {
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (isReference(value)) {
    found.push({ path, ref: value });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectReferences(item, `${path}[${index}]`, found));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    collectReferences(item, path ? `${path}.${key}` : key, found);
  }
}

function fileOf(entry: ContentEntry): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}`;
}

/** Every reference object in an entry's data, with the field it sits in. */
export function referencesIn(data: unknown): { path: string; ref: Reference }[] {
  const found: { path: string; ref: Reference }[] = [];
  collectReferences(data, '', found);
  return found;
}

export function findContentProblems(entries: readonly ContentEntry[]): ContentProblem[] {
  const known = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!known.has(entry.collection)) known.set(entry.collection, new Set());
    known.get(entry.collection)?.add(entry.id);
  }
  const exists = (collection: string, id: string) => known.get(collection)?.has(id) ?? false;
  const problems: ContentProblem[] = [];

  for (const entry of entries) {
    for (const { path, ref } of referencesIn(entry.data)) {
      if (exists(ref.collection, ref.id)) continue;
      const noun = NOUN[ref.collection] ?? `posten i ${ref.collection}`;
      problems.push({
        file: fileOf(entry),
        field: path,
        message: `pekar på ${noun} "${ref.id}", som inte finns. Kontrollera stavningen eller lägg till content/${ref.collection}/${ref.id}.`,
      });
    }
    for (const date of impossibleDatesIn(entry.raw ?? '')) {
      problems.push({ file: fileOf(entry), field: date.field, message: `har ett datum som inte finns i kalendern. ${date.problem}` });
    }
    const unknownLines = new Map<string, number[]>();
    for (const use of findCitations(entry.body ?? '')) {
      if (exists('kallor', use.id)) continue;
      unknownLines.set(use.id, [...(unknownLines.get(use.id) ?? []), use.line]);
    }
    for (const [id, lines] of unknownLines) {
      problems.push({
        file: fileOf(entry),
        field: `<Kalla id="${id}"> (rad ${lines.join(', ')} i texten)`,
        message: `pekar på källan "${id}", som inte finns i content/kallor/.`,
      });
    }
  }
  return problems;
}

const DATE_LIKE = /^\s*(?:-\s*)?([\w.]+)?:?\s*(?:-\s*)?['"]?(\d{4}-\d{2}-\d{2})['"]?\s*(?:#.*)?$/;

/** Dates in the YAML that do not exist on the calendar, with the key they belong to. */
export function impossibleDatesIn(raw: string): { field: string; value: string; problem: string }[] {
  const yaml = raw.startsWith('---') ? (raw.split(/^---\s*$/m)[1] ?? '') : raw;
  const found: { field: string; value: string; problem: string }[] = [];
  for (const line of yaml.split('\n')) {
    const match = DATE_LIKE.exec(line);
    if (!match?.[2]) continue;
    const problem = partialDateProblem(match[2]);
    if (problem) found.push({ field: match[1] ?? 'datum', value: match[2], problem });
  }
  return found;
}

export function describeProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `- ${p.file}: fältet ${p.field} ${p.message}`);
  return [`Innehållet har ${problems.length} fel och webbplatsen byggs inte:`, ...lines].join('\n');
}
