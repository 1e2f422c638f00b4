/**
 * Partial ISO dates as editors write them: `2022`, `2020-12`, `2021-12-07`.
 * The precision is the number of parts given; a season may narrow a year.
 */
import type { Season } from '@/schemas/vocabulary';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const SEASON_LABEL: Record<Season, string> = {
  var: 'våren',
  sommar: 'sommaren',
  host: 'hösten',
  vinter: 'vintern',
};

/** YAML turns `2021-12-07` into a Date and `2022` into a number: bring both back to text. */
export function normalizeDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a text is not a usable date, in words an editor understands; null when it is fine. */
export function partialDateProblem(input: unknown): string | null {
  if (typeof input !== 'string') {
    return 'Datumet måste skrivas som text i formen ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (till exempel 2021-12-07).';
  }
  const match = PATTERN.exec(input.trim());
  if (!match) {
    return `"${input}" är inte ett datum i formen ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (till exempel 2022, 2020-12 eller 2021-12-07).`;
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1900 || year > 2100) return `Året ${year} i "${input}" är orimligt.`;
  if (month !== undefined && (month < 1 || month > 12)) {
    return `Månaden ${match[2]} i "${input}" finns inte: den måste vara 01–12.`;
  }
  if (month !== undefined && day !== undefined) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      return `Datumet "${input}" finns inte: månaden har dagarna 01–${last}.`;
    }
  }
  return null;
}

export function parsePartialDate(input: string): PartialDate {
  const problem = partialDateProblem(input);
  if (problem) throw new Error(problem);
  const [, y, m, d] = PATTERN.exec(input.trim()) as RegExpExecArray;
  const date: PartialDate = { year: Number(y), precision: 'year' };
  if (m !== undefined) {
    date.month = Number(m);
    date.precision = 'month';
  }
  if (d !== undefined) {
    date.day = Number(d);
    date.precision = 'day';
  }
  return date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Back to the partial ISO text, e.g. for feeds: `2020-12`. */
export function toIsoString(date: PartialDate): string {
  let text = String(date.year);
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.day !== undefined) text += `-${pad(date.day)}`;
  return text;
}

/** The month a season begins, when a source dates something only to a season of a year. */
export const SEASON_START_MONTH: Record<Season, number> = { var: 3, sommar: 6, host: 9, vinter: 12 };

/**
 * A key that sorts chronologically: a less precise date sorts before the more
 * precise ones it contains, and a season counts from its first month (spring
 * 2022 after January 2022, before summer 2022).
 */
export function sortKey(date: PartialDate, season?: Season): string {
  const month = date.month ?? (season ? SEASON_START_MONTH[season] : 0);
  return `${date.year}-${pad(month)}-${pad(date.day ?? 0)}`;
}

export function compareDates(a: PartialDate, b: PartialDate, seasons: { a?: Season; b?: Season } = {}): number {
  return sortKey(a, seasons.a).localeCompare(sortKey(b, seasons.b));
}

const dayFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthOnlyFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });

export interface DateDisplayOptions {
  season?: Season;
  approximate?: boolean;
}

/** A date as Swedish text at its own precision: "7 december 2021", "december 2020", "våren 2022". */
export function formatPartialDate(date: PartialDate, options: DateDisplayOptions = {}): string {
  let text: string;
  if (date.precision === 'day') {
    text = dayFormat.format(Date.UTC(date.year, (date.month ?? 1) - 1, date.day));
  } else if (date.precision === 'month') {
    text = monthFormat.format(Date.UTC(date.year, (date.month ?? 1) - 1, 1));
  } else if (options.season) {
    text = `${SEASON_LABEL[options.season]} ${date.year}`;
  } else {
    text = String(date.year);
  }
  return options.approximate ? `cirka ${text}` : text;
}

/**
 * A span written the Swedish way, with what both ends share said once:
 * "10–11 januari 2023", "10 januari – 11 februari 2023", "januari–mars 2022";
 * across years or precisions, two full dates with a spaced dash.
 */
export function formatDateRange(start: PartialDate, end: PartialDate, options: DateDisplayOptions = {}): string {
  const prefix = options.approximate ? 'cirka ' : '';
  const sameYear = start.year === end.year;
  const month = (date: PartialDate) => monthOnlyFormat.format(Date.UTC(date.year, (date.month ?? 1) - 1, 1));
  if (sameYear && start.precision === 'day' && end.precision === 'day') {
    if (start.month === end.month) return `${prefix}${start.day}–${formatPartialDate(end)}`;
    return `${prefix}${start.day} ${month(start)} – ${formatPartialDate(end)}`;
  }
  if (sameYear && start.precision === 'month' && end.precision === 'month') {
    return `${prefix}${month(start)}–${formatPartialDate(end)}`;
  }
  return `${prefix}${formatPartialDate(start, { season: options.season })} – ${formatPartialDate(end)}`;
}

/** The first day the date can mean (a season's first month), as a full ISO date (for machine-readable `datetime` values use toIsoString). */
export function firstDay(date: PartialDate, season?: Season): string {
  return `${date.year}-${pad(date.month ?? (season ? SEASON_START_MONTH[season] : 1))}-${pad(date.day ?? 1)}`;
}

/** "1 mars 2026" from a full ISO day (page metadata: published, updated, changes). */
export function formatDay(iso: string): string {
  return formatPartialDate(parsePartialDate(iso));
}

/** The Swedish text for an entry's date fields (date, optional end, season, approximate). */
export function displayDate(fields: { date: string; end?: string; season?: Season; approximate?: boolean }): string {
  const start = parsePartialDate(fields.date);
  return fields.end ? formatDateRange(start, parsePartialDate(fields.end), fields) : formatPartialDate(start, fields);
}
