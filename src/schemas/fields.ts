/**
 * Field builders shared by every schema. Each one carries a description in
 * Swedish and error messages that tell an editor what to write instead.
 * Every field gets its own Swedish message (see ./messages for why); build new
 * fields from these helpers rather than from bare `z.string()` or `z.array()`.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { normalizeDateInput, partialDateProblem } from '@/lib/dates';
import { fieldError, swedishMessage } from './messages';
import { pageDatesInOrder } from './rules';
import { SEASONS } from './vocabulary';

type Collection = 'kommuner' | 'parter' | 'forbund' | 'perspektiv' | 'kallor' | 'sidor' | 'tidslinje';

/** Required, non-empty text. */
export function text(label: string) {
  return z
    .string({ error: fieldError(label) })
    .trim()
    .min(1)
    .describe(label);
}

/** True or false; false when left out. */
export function flag(label: string) {
  return z
    .boolean({ error: fieldError(label) })
    .default(false)
    .describe(label);
}

/** A list of short texts; empty when left out. */
export function textList(label: string) {
  return z
    .array(text(label), { error: fieldError(label) })
    .default([])
    .describe(label);
}

/** One value from a fixed list in ./vocabulary. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: fieldError(label) }).describe(label);
}

/** A group of fields written on indented lines below the key. */
export function group<S extends z.core.$ZodLooseShape>(shape: S, label: string) {
  return z.strictObject(shape, { error: fieldError(label) }).describe(label);
}

/** The id of an entry in another collection, e.g. `kommun: koping`. */
export function ref<C extends Collection>(collection: C, label: string) {
  return z
    .union([z.string(), z.int().transform(String)], { error: fieldError(label, `ett id från content/${collection}/`) })
    .pipe(reference(collection))
    .describe(label);
}

/** A list of ids in another collection; see `references` for the usual, optional one. */
export function idList<C extends Collection>(
  collection: C,
  label: string,
  error = fieldError(label, `en lista med id från content/${collection}/`),
) {
  return z.array(ref(collection, label), { error });
}

/** A list of references to another collection; empty when none. */
export function references<C extends Collection>(collection: C, label: string) {
  return idList(collection, label).default([]).describe(label);
}

/**
 * The words in the source that a field rests on, verbatim, one or more (a
 * figure computed from several figures quotes each). The build checks each
 * against the text of the source named next to it (content/kalltexter/).
 */
export function passages(label = 'Citat: orden i källan som uppgiften bygger på, ordagrant') {
  const message = `Ange minst ett citat ur källan. ${label}`;
  return z
    .array(text(label), {
      error: (issue) => (issue.input === undefined ? `Fältet saknas men måste fyllas i. ${message}` : `Ska vara en lista. ${message}`),
    })
    .min(1, { error: message })
    .describe(label);
}

/** One or more sources, by their id in content/kallor/. */
export function sources(label = 'Källor: id för dokumenten i content/kallor/ som uppgifterna kommer från') {
  const message = `Ange minst en källa: ${label}`;
  return idList('kallor', label, (issue) =>
    issue.input === undefined ? `Fältet saknas men måste fyllas i. ${message}` : `Ska vara en lista. ${message}`,
  )
    .min(1, { error: message })
    .describe(label);
}

/** One source of a fact with the passages it quotes: `source:` and `citat:`, as in every data citation. */
export function factCitation() {
  return group(
    { source: ref('kallor', 'Källan som uppgiften kommer från'), citat: passages() },
    'En källa för uppgiften: source (källans id) och citat (orden i källan)',
  );
}

/**
 * The citations of a fact box (`faktakallor:`): for each fact the box shows,
 * the sources and the passages it rests on. Only the facts named in `facts`
 * may be cited (a misspelt name is refused); which of them need a citation is
 * the rule `factsCited` in ./rules.
 */
export function factSources<const T extends readonly [string, ...string[]]>(facts: T) {
  const label = `Källor för faktarutan: för varje uppgift (${facts.join(', ')}) en lista med source och citat`;
  const list = z
    .array(factCitation(), { error: fieldError(label, 'en lista med source och citat för varje källa') })
    .min(1)
    .optional();
  const shape = Object.fromEntries(facts.map((fact) => [fact, list])) as Record<T[number], typeof list>;
  // Every fact is optional, so {} is a valid box; TypeScript cannot see that through the generic shape.
  return z
    .strictObject(shape, { error: fieldError(label) })
    .default({} as never)
    .describe(label);
}

/** A date as text: YAML turns `2021-12-07` into a Date and `2022` into a number. */
function dateText(label: string, form: string, problem: (value: string) => string | null) {
  return z
    .preprocess(
      normalizeDateInput,
      z.string({ error: fieldError(label, `ett datum i formen ${form}`) }).superRefine((value, ctx) => {
        const found = problem(value);
        if (found) ctx.addIssue({ code: 'custom', message: found });
      }),
    )
    .describe(label);
}

/** A partial ISO date: `2022`, `2020-12` or `2021-12-07`. */
export function partialDate(label: string) {
  return dateText(label, 'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD', partialDateProblem);
}

/** A full day, `2026-11-22`, for publication and change dates. */
export function day(label: string) {
  return dateText(
    label,
    'ÅÅÅÅ-MM-DD',
    (value) =>
      partialDateProblem(value) ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : `"${value}" måste vara ett helt datum, ÅÅÅÅ-MM-DD.`),
  );
}

export function season() {
  return choice(SEASONS, 'Årstid när bara året är känt, t.ex. "var" för våren 2022').optional();
}

/** An amount of money or a share: a number, zero or more. */
export function amount(label: string) {
  return z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `Fältet saknas men måste fyllas i: ${label}`
          : `"${String(issue.input)}" är inte ett tal. Skriv bara siffror, utan mellanslag och enhet, t.ex. 375000 (${label})`,
    })
    .min(0, { error: `Beloppet kan inte vara negativt (${label})` })
    .describe(label);
}

/** A place in a list: a whole number, 1 first. */
export function position(label: string) {
  return z
    .int({ error: fieldError(label, 'ett heltal, 1 först') })
    .min(1)
    .describe(label);
}

/** A web address that starts with https:// (a javascript: or ftp:// address is refused too). */
export function httpsUrl(label: string) {
  return z
    .url({
      protocol: /^https$/,
      error: (issue) =>
        typeof issue.input === 'string' && URL.canParse(issue.input)
          ? `"${issue.input}" börjar inte med https://. Bara webbadresser som börjar med https:// kan publiceras (${label}).`
          : swedishMessage(issue, label),
    })
    .describe(label);
}

/** Publication metadata every page carries (Digg's webbriktlinjer: dates and a visible change log). */
const pageMeta = {
  published: day('Publiceringsdatum, ÅÅÅÅ-MM-DD').optional(),
  updated: day('Senast ändrad, ÅÅÅÅ-MM-DD').optional(),
  changes: z
    .array(group({ date: day('Datum för ändringen, ÅÅÅÅ-MM-DD'), text: text('En rad om vad som ändrades') }, 'En ändring: date och text'), {
      error: fieldError('Ändringslogg', 'en lista med en ändring per rad (date och text)'),
    })
    .default([])
    .describe('Ändringslogg: datum och en rad per väsentlig ändring'),
  description: text('Kort beskrivning för sökmotorer och delningar (en mening)').optional(),
};

/**
 * The fields of a page, followed by the publication metadata, with its rule:
 * published not after updated, neither in the future.
 */
export function pageFields<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject({ ...shape, ...pageMeta }).superRefine(pageDatesInOrder);
}
