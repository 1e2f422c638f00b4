/**
 * Cross-file checks that a single schema cannot make, and checks of the file as
 * the editor wrote it: every reference points at an entry that exists, every
 * `<Kalla id="…">` in an MDX body names a source, every date in the YAML exists
 * on the calendar, and each glossary form belongs to one term. Pure: takes
 * plain entries, returns problems in words an editor understands, with the
 * lines in the file.
 */
import { findCitations } from './citations';
import { partialDateProblem } from './dates';
import { sharedForms, type TermForm } from './glossary';
import type { ContentProblem } from './problems';
import { outlineYaml, yamlPart, type YamlValue } from './yaml';

export { describeProblems, type ContentProblem } from './problems';

export interface ContentEntry {
  collection: string;
  id: string;
  filePath?: string;
  data: unknown;
  body?: string;
  /** The file as the editor wrote it (YAML quietly turns 2023-02-30 into 2 March). */
  raw?: string;
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

type Exists = (collection: string, id: string) => boolean;

/** The values in an entry's YAML as written, with their field paths and lines in the file. */
function rawValues(entry: ContentEntry): YamlValue[] {
  if (entry.raw === undefined) return [];
  const { yaml, firstLine } = yamlPart(entry.raw, fileOf(entry));
  return outlineYaml(yaml, firstLine).values;
}

/** The line in the file where an entry's body (as Astro gives it, trimmed) begins. */
export function bodyFirstLine(entry: ContentEntry): number {
  if (!entry.raw || !entry.body) return 1;
  const afterFrontmatter = entry.raw.split('\n', yamlPart(entry.raw, fileOf(entry)).bodyLine - 1).join('\n').length;
  const at = entry.raw.indexOf(entry.body, afterFrontmatter);
  return at === -1 ? 1 : entry.raw.slice(0, at).split('\n').length;
}

/** The line of a field in an entry's file (an entry of a file with several sits under its id there). */
export function fieldLine(entry: ContentEntry, path: string): number | undefined {
  const values = rawValues(entry);
  return values.find((v) => v.path === path)?.line ?? values.find((v) => v.path === `${entry.id}.${path}`)?.line;
}

const linesOf = (values: readonly YamlValue[], path: string) => {
  const line = values.find((value) => value.path === path)?.line;
  return line === undefined ? undefined : [line];
};

function missingReferences(entry: ContentEntry, values: readonly YamlValue[], exists: Exists): ContentProblem[] {
  return referencesIn(entry.data)
    .filter(({ ref }) => !exists(ref.collection, ref.id))
    .map(({ path, ref }) => ({
      file: fileOf(entry),
      field: path,
      // An entry of a file that holds several (content/webbplats/) sits under its id there.
      lines: linesOf(values, path) ?? linesOf(values, `${entry.id}.${path}`),
      message: `pekar på ${NOUN[ref.collection] ?? `posten i ${ref.collection}`} "${ref.id}", som inte finns. Kontrollera stavningen eller lägg till content/${ref.collection}/${ref.id}.`,
    }));
}

function unknownCitations(entry: ContentEntry, exists: Exists): ContentProblem[] {
  const unknownLines = new Map<string, number[]>();
  for (const use of findCitations(entry.body ?? '', bodyFirstLine(entry))) {
    if (!exists('kallor', use.id)) unknownLines.set(use.id, [...(unknownLines.get(use.id) ?? []), use.line]);
  }
  return [...unknownLines].map(([id, lines]) => ({
    file: fileOf(entry),
    field: `<Kalla id="${id}">`,
    lines,
    message: `pekar på källan "${id}", som inte finns i content/kallor/.`,
  }));
}

const DAY_SHAPED = /^\d{4}-\d{2}-\d{2}$/;

/** Dates in the YAML, in any style or group of fields, that do not exist on the calendar. */
export function impossibleDates(values: readonly YamlValue[]): (YamlValue & { problem: string })[] {
  return values.flatMap((value) => {
    const problem = DAY_SHAPED.test(value.value.trim()) ? partialDateProblem(value.value.trim()) : null;
    return problem ? [{ ...value, problem }] : [];
  });
}

function calendarProblems(entry: ContentEntry, values: readonly YamlValue[]): ContentProblem[] {
  return impossibleDates(values).map((date) => ({
    file: fileOf(entry),
    field: date.path,
    lines: [date.line],
    message: `har ett datum som inte finns i kalendern. ${date.problem}`,
  }));
}

/** The term and aliases of a glossary entry, with the fields they are written in. */
function termForms(entry: ContentEntry): TermForm[] {
  const data = (entry.data ?? {}) as { term?: unknown; aliases?: unknown };
  const aliases = Array.isArray(data.aliases) ? data.aliases : [];
  return [{ field: 'term', form: data.term }, ...aliases.map((form: unknown, i) => ({ field: `aliases[${i}]`, form }))]
    .filter((f): f is { field: string; form: string } => typeof f.form === 'string')
    .map((f) => ({ ...f, id: entry.id }));
}

/** A glossary form claimed by two terms would link to only one of them, unpredictably. */
function glossaryProblems(terms: readonly ContentEntry[], valuesOf: (entry: ContentEntry) => YamlValue[]): ContentProblem[] {
  const byId = new Map(terms.map((entry) => [entry.id, entry]));
  return sharedForms(terms.flatMap(termForms)).map(({ form, owner }) => {
    const entry = byId.get(form.id) as ContentEntry;
    const ownerFile = fileOf(byId.get(owner.id) as ContentEntry);
    return {
      file: fileOf(entry),
      field: form.field,
      lines: linesOf(valuesOf(entry), form.field),
      message: `("${form.form}") finns redan i ${ownerFile} (${owner.field}). Ett ord eller en böjningsform får bara stå i en fil i ordlistan, annars vet webbplatsen inte vilken förklaring den ska länka till. Ta bort det ena.`,
    };
  });
}

export function findContentProblems(entries: readonly ContentEntry[]): ContentProblem[] {
  const known = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!known.has(entry.collection)) known.set(entry.collection, new Set());
    known.get(entry.collection)?.add(entry.id);
  }
  const exists: Exists = (collection, id) => known.get(collection)?.has(id) ?? false;
  const values = new Map(entries.map((entry) => [entry, rawValues(entry)]));
  const valuesOf = (entry: ContentEntry) => values.get(entry) ?? [];
  // One data file may hold several entries (content/webbplats/nyckeltal.yaml): check its dates once.
  const firstOfFile = new Map(entries.map((entry) => [fileOf(entry), entry] as const).reverse());
  return [
    ...entries.flatMap((entry) => [
      ...missingReferences(entry, valuesOf(entry), exists),
      ...(firstOfFile.get(fileOf(entry)) === entry ? calendarProblems(entry, valuesOf(entry)) : []),
      ...unknownCitations(entry, exists),
    ]),
    ...glossaryProblems(
      entries.filter((entry) => entry.collection === 'ordlista'),
      valuesOf,
    ),
  ];
}
