/**
 * Feeds for journalists, built from plain event data: the timeline as JSON
 * (every event, partial ISO dates with their precision, sources and URLs), as
 * RSS items, and as an iCalendar file (RFC 5545) of the events dated to the day.
 *
 * The calendar leaves out events that the sources date only to a month or a
 * year: a calendar needs a day, and inventing one would show a date no source
 * gives. They are in the JSON and RSS feeds and on the timeline page.
 */
import { displayDate, firstDay, parsePartialDate, toIsoString, type Precision } from './dates';
import type { Season } from '@/schemas/vocabulary';
import { routes } from './paths';
import type { TimelineEvent } from './entries';

export interface SourceRef {
  id: string;
  title: string;
  url: string;
}

/** One event as the feeds see it: the event's own fields, with ids instead of references and absolute URLs. */
export type FeedEvent = Pick<
  TimelineEvent['data'],
  'title' | 'summary' | 'date' | 'end' | 'season' | 'approximate' | 'kind' | 'published' | 'updated'
> & {
  id: string;
  url: string;
  parter: string[];
  kommuner: string[];
  sources: SourceRef[];
  disputed?: { date?: string; source: SourceRef; note: string };
};

/** A timeline entry as the content collection gives it (references are `{ id }`). */
export type EventEntry = { id: string; data: Omit<TimelineEvent['data'], 'forbund' | 'perspektiv' | 'changes' | 'description'> };

/**
 * The feed events from the collections' entries: references become ids,
 * `allaKommuner` becomes the ids of all municipalities, and each event and
 * source gets its absolute URL through `absolute` (e.g. absoluteUrl with the site).
 */
export function toFeedEvents(
  entries: EventEntry[],
  sources: { id: string; data: { title: string } }[],
  municipalities: { id: string }[],
  absolute: (path: string) => string,
): FeedEvent[] {
  const titles = new Map(sources.map((s) => [s.id, s.data.title]));
  const source = (id: string): SourceRef => ({ id, title: titles.get(id) ?? id, url: absolute(routes.source(id)) });
  return entries.map(({ id, data }) => ({
    id,
    title: data.title,
    summary: data.summary,
    date: data.date,
    end: data.end,
    season: data.season,
    approximate: data.approximate,
    kind: data.kind,
    url: absolute(routes.event(id)),
    parter: data.parter.map((p) => p.id),
    kommuner: data.allaKommuner ? municipalities.map((m) => m.id) : data.kommuner.map((k) => k.id),
    sources: data.sources.map((s) => source(s.id)),
    disputed: data.disputed ? { date: data.disputed.date, source: source(data.disputed.source.id), note: data.disputed.note } : undefined,
    published: data.published,
    updated: data.updated,
  }));
}

/** The latest `updated` (or `published`) date among the events: when the feed last changed. */
export function lastUpdated(events: Pick<FeedEvent, 'published' | 'updated'>[]): string | undefined {
  return events
    .map((e) => e.updated ?? e.published ?? '')
    .filter(Boolean)
    .sort()
    .at(-1);
}

// ---------------------------------------------------------------- JSON

/** What each field of an event in tidslinje.json means; published in the file itself. */
export const JSON_FIELDS = {
  id: 'Händelsens id; samma som sista delen av adressen.',
  title: 'Rubrik.',
  summary: 'En eller två meningar om vad som hände.',
  date: 'Datum i ISO 8601, så exakt som källan anger: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.',
  precision: 'Hur exakt datumet är: year, month eller day.',
  displayDate: 'Datumet som det skrivs på webbplatsen, till exempel "våren 2022".',
  season: 'Årstid när källan bara anger den: var, sommar, host eller vinter; annars null.',
  end: 'Slutdatum för en händelse som pågick en tid, i samma form som date; annars null.',
  approximate: 'true när datumet är ungefärligt.',
  kind: 'Sorts händelse: beslut, möte, dokument, organisation eller uppföljning.',
  url: 'Händelsens sida på webbplatsen.',
  sources: 'Källorna som anger händelsen: id, titel och adress till källans sida.',
  parter: 'Id för de parter som var med (Arbetsförmedlingen, Försäkringskassan, Region Västmanland).',
  kommuner: 'Id för de kommuner som var med; alla tio när händelsen gällde hela länet.',
  disputed: 'När en annan källa anger något annat: det datum den anger (eller null), källan och vad den säger; annars null.',
  published: 'När händelsen publicerades på webbplatsen (ÅÅÅÅ-MM-DD) eller null.',
  updated: 'När händelsen senast ändrades på webbplatsen (ÅÅÅÅ-MM-DD) eller null.',
} as const;

export interface JsonEvent {
  id: string;
  title: string;
  summary: string;
  date: string;
  precision: Precision;
  displayDate: string;
  season: Season | null;
  end: string | null;
  approximate: boolean;
  kind: string;
  url: string;
  sources: SourceRef[];
  parter: string[];
  kommuner: string[];
  disputed: { date: string | null; source: SourceRef; note: string } | null;
  published: string | null;
  updated: string | null;
}

export interface TimelineJson {
  title: string;
  description: string;
  /** The timeline page. */
  url: string;
  /** This file. */
  feedUrl: string;
  updated: string | null;
  fields: typeof JSON_FIELDS;
  events: JsonEvent[];
}

/** Every event with every field present (null when it has no value), so the shape never varies. */
export function timelineJson(
  meta: { title: string; description: string; url: string; feedUrl: string },
  events: FeedEvent[],
): TimelineJson {
  return {
    ...meta,
    updated: lastUpdated(events) ?? null,
    fields: JSON_FIELDS,
    events: events.map((event) => {
      const date = parsePartialDate(event.date);
      return {
        id: event.id,
        title: event.title,
        summary: event.summary,
        date: toIsoString(date),
        precision: date.precision,
        displayDate: displayDate(event),
        season: event.season ?? null,
        end: event.end ? toIsoString(parsePartialDate(event.end)) : null,
        approximate: event.approximate,
        kind: event.kind,
        url: event.url,
        sources: event.sources,
        parter: event.parter,
        kommuner: event.kommuner,
        disputed: event.disputed ? { date: event.disputed.date ?? null, source: event.disputed.source, note: event.disputed.note } : null,
        published: event.published ?? null,
        updated: event.updated ?? null,
      };
    }),
  };
}

// ---------------------------------------------------------------- RSS

export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  customData?: string;
}

/** Midday UTC on the first day the date (and season) can mean, so the day is the same in every reader's time zone. */
export function pubDateOf(date: string, season?: Season): Date {
  return new Date(`${firstDay(parsePartialDate(date), season)}T12:00:00Z`);
}

/**
 * One RSS item per event. The title starts with the date at its own precision
 * ("december 2020: …"), since pubDate must name a day even when the source
 * does not; the page's published and updated dates go in Dublin Core terms.
 */
export function rssItems(events: FeedEvent[]): RssItem[] {
  return events.map((event) => {
    const dates = [
      event.published ? `<dcterms:issued>${event.published}</dcterms:issued>` : '',
      event.updated ? `<dcterms:modified>${event.updated}</dcterms:modified>` : '',
    ].join('');
    return {
      title: `${displayDate(event)}: ${event.title}`,
      link: event.url,
      pubDate: pubDateOf(event.date, event.season),
      description: event.summary,
      categories: [event.kind],
      ...(dates ? { customData: dates } : {}),
    };
  });
}

// ---------------------------------------------------------------- iCalendar

/** Escapes text for an iCalendar TEXT value (RFC 5545, 3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, continued with a space (RFC 5545, 3.1); never splits a character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line starts with a space, which counts towards its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Undoes folding: what a calendar program reads (for tests and checks). */
export function unfoldIcs(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** Only events dated to the day have a place in a calendar. */
export function isCalendarEvent(event: Pick<FeedEvent, 'date'>): boolean {
  return parsePartialDate(event.date).precision === 'day';
}

function icsDescription(event: FeedEvent): string {
  const parts = [event.summary];
  if (event.approximate) parts.push(`Datumet är ungefärligt: ${displayDate(event)}.`);
  if (event.disputed) {
    const { date, source, note } = event.disputed;
    parts.push(
      date
        ? `Källorna anger olika datum: ${displayDate({ date })} enligt ${source.title}. ${note}`
        : `Källorna anger olika uppgifter (${source.title}). ${note}`,
    );
  }
  parts.push(`Källor: ${event.sources.map((s) => s.title).join('; ')}`, event.url);
  return parts.join('\n\n');
}

/**
 * The timeline as an iCalendar file: one all-day VEVENT per event dated to the
 * day (a period with a day-precise end spans to that day). `stamp` (ÅÅÅÅ-MM-DD)
 * becomes DTSTAMP, so the file only changes when the content does.
 */
export function timelineIcs(meta: { name: string; description: string; host: string; stamp: string }, events: FeedEvent[]): string {
  const stamp = `${compact(meta.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samordningsförbundet Västmanland//Tidslinje//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeIcsText(meta.name)}`,
    `X-WR-CALNAME:${escapeIcsText(meta.name)}`,
    `DESCRIPTION:${escapeIcsText(meta.description)}`,
    `X-WR-CALDESC:${escapeIcsText(meta.description)}`,
  ];
  for (const event of events.filter(isCalendarEvent)) {
    const start = toIsoString(parsePartialDate(event.date));
    const end = event.end && isCalendarEvent({ date: event.end }) && event.end > start ? event.end : start;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${meta.host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(end))}`,
      `SUMMARY:${escapeIcsText(event.title)}`,
      `DESCRIPTION:${escapeIcsText(icsDescription(event))}`,
      `CATEGORIES:${escapeIcsText(event.kind)}`,
      `URL:${event.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
