/**
 * The YAML of a content file as the editor wrote it: every value with its field
 * path (`changes[0].date`) and its line in the file, keys written twice, and
 * syntax errors, all in Swedish with the line the editor sees. Works on the
 * parser's event stream, so no value is converted (`2023-02-30` stays text
 * instead of becoming 2 March) and every YAML style (block, inline `{ … }` and
 * `[ … ]`, quoted) is read the same way.
 */
import { EVENT_ID, JSON_SCHEMA, YAMLException, getScalarValue, load, parseEvents, type Event } from 'js-yaml';
import { describeProblems, type ContentProblem } from './problems';

export interface YamlValue {
  /** Field path as in the content check's messages: `changes[0].date`, `disputed.date`. */
  path: string;
  value: string;
  /** 1-based line in the file. */
  line: number;
}

export interface YamlProblem {
  path: string;
  line: number;
  message: string;
}

export interface YamlOutline {
  values: YamlValue[];
  /** Keys written twice in one group of fields, and any syntax error. */
  problems: YamlProblem[];
}

/** The YAML part of a content file: the frontmatter of Markdown/MDX, or the whole data file. */
export interface YamlPart {
  yaml: string;
  /** Line in the file where the YAML begins. */
  firstLine: number;
  /** Line in the file where the text after the frontmatter begins. */
  bodyLine: number;
}

const FRONTMATTER_FILE = /\.mdx?$/i;
const FENCE = /^---\s*$/;

export function yamlPart(raw: string, file: string): YamlPart {
  if (!FRONTMATTER_FILE.test(file)) return { yaml: raw, firstLine: 1, bodyLine: 1 };
  const lines = raw.replace(/^\uFEFF/, '').split('\n');
  const close = FENCE.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && FENCE.test(line)) : -1;
  if (close === -1) return { yaml: '', firstLine: 1, bodyLine: 1 };
  return { yaml: lines.slice(1, close).join('\n'), firstLine: 2, bodyLine: close + 2 };
}

/** Maps an offset in the YAML to the line in the file. */
function lineCounter(text: string, firstLine: number): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => firstLine + starts.filter((start) => start <= offset).length - 1;
}

type Frame =
  | { kind: 'mapping'; path: string; key: string | null; keyLines: Map<string, number> }
  | { kind: 'sequence'; path: string; index: number }
  | { kind: 'other'; path: string };

const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Where the next node sits in its parent: the field path, or null for a key. */
function slotOf(parent: Frame | undefined): string | null {
  if (!parent) return '';
  if (parent.kind === 'sequence') return `${parent.path}[${parent.index}]`;
  if (parent.kind === 'mapping') return parent.key === null ? null : child(parent.path, parent.key);
  return parent.path;
}

/** Moves the parent on once a node in it is complete. */
function advance(parent: Frame | undefined): void {
  if (parent?.kind === 'sequence') parent.index += 1;
  else if (parent?.kind === 'mapping') parent.key = null;
}

function syntaxProblem(error: unknown, firstLine: number): YamlProblem {
  if (!(error instanceof YAMLException)) throw error;
  const reason = error.reason;
  const message = reason.includes('tab characters')
    ? 'raden är indragen med tabb. Använd mellanslag för indrag.'
    : `texten går inte att läsa som YAML (${reason}). Kontrollera indraget, kolon efter fältets namn och att citattecken är stängda, på raden eller raden före.`;
  return { path: '', line: firstLine + (error.mark?.line ?? 0), message };
}

/** Every value with its path and line, and the keys written twice; a syntax error ends the outline. */
export function outlineYaml(yaml: string, firstLine = 1): YamlOutline {
  let events: Event[];
  try {
    events = parseEvents(yaml, {});
  } catch (error) {
    return { values: [], problems: [syntaxProblem(error, firstLine)] };
  }
  const lineAt = lineCounter(yaml, firstLine);
  const values: YamlValue[] = [];
  const problems: YamlProblem[] = [];
  const stack: Frame[] = [];
  for (const event of events) {
    const parent = stack.at(-1);
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      advance(stack.at(-1));
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) continue;
    const path = slotOf(parent);
    if (event.type === EVENT_ID.SCALAR) {
      const value = getScalarValue(yaml, event);
      const line = lineAt(event.valueStart);
      if (parent?.kind === 'mapping' && path === null) {
        const earlier = parent.keyLines.get(value);
        if (earlier !== undefined) {
          problems.push({
            path: child(parent.path, value),
            line,
            message: `står två gånger (rad ${earlier} och rad ${line}). Ta bort den ena eller slå ihop dem.`,
          });
        }
        parent.keyLines.set(value, line);
        parent.key = value;
      } else {
        values.push({ path: path ?? '', value, line });
        advance(parent);
      }
      continue;
    }
    if (event.type === EVENT_ID.ALIAS) {
      advance(parent);
      continue;
    }
    // A group of fields or a list; one used as a key is only walked through.
    if (parent?.kind === 'mapping' && path === null) parent.key = '?';
    const at = path ?? '?';
    stack.push(
      event.type === EVENT_ID.MAPPING
        ? { kind: 'mapping', path: at, key: null, keyLines: new Map() }
        : event.type === EVENT_ID.SEQUENCE
          ? { kind: 'sequence', path: at, index: 0 }
          : { kind: 'other', path: at },
    );
  }
  return { values, problems };
}

/** The YAML problems of a content file (syntax, keys written twice), with the lines in the file. */
export function yamlProblems(raw: string, file: string): ContentProblem[] {
  const { yaml, firstLine } = yamlPart(raw, file);
  return outlineYaml(yaml, firstLine).problems.map(({ path, line, message }) => ({ file, field: path, message, lines: [line] }));
}

/**
 * Reads a YAML file that no content loader reads (the glossary at config time,
 * the search word list), stopping with the editor's message. Dates stay text.
 */
export function loadYaml(raw: string, file: string): unknown {
  const problems = yamlProblems(raw, file);
  if (problems.length > 0) throw new Error(describeProblems(problems));
  return load(raw, { schema: JSON_SCHEMA });
}
