/**
 * Feeds for journalists, built from plain event data: the timeline as JSON
 * (all events, ISO dates with their precision, sources and URLs) and as an
 * iCalendar file (the events dated to the day).
 */
import { displayDate, parsePartialDate, toIsoString, type Precision, type Season } from './dates';

export interface FeedEvent {
  id: string;
  title: string;
  summary: string;
  date: string;
  end?: string;
  season?: Season;
  approximate: boolean;
  kind: string;
  url: string;
  parter: string[];
  kommuner: string[];
  sources: { id: string; title: string; url: string }[];
  disputed?: { date?: string; source: { id: string; title: string; url: string }; note: string };
  published?: string;
  updated?: string;
}

export interface TimelineJson {
  title: string;
  description: string;
  url: string;
  generated: string;
  events: (FeedEvent & { precision: Precision; displayDate: string })[];
}

export function timelineJson(meta: { title: string; description: string; url: string; generated: string }, events: FeedEvent[]): TimelineJson {
  return {
    ...meta,
    events: events.map((event) => ({
      ...event,
      date: toIsoString(parsePartialDate(event.date)),
      precision: parsePartialDate(event.date).precision,
      displayDate: displayDate(event),
    })),
  };
}

/** Escapes text for an iCalendar property value (RFC 5545, 3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, continuing with a space (RFC 5545, 3.1). */
export function foldIcsLine(line: string): string {
  const bytes = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.join('\r\n ');
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

export function timelineIcs(
  meta: { name: string; description: string; host: string; stamp: string },
  events: FeedEvent[],
): string {
  const stamp = `${compact(meta.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samordningsförbundet Västmanland//Tidslinje//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(meta.name)}`,
    `X-WR-CALDESC:${escapeIcsText(meta.description)}`,
  ];
  for (const event of events.filter(isCalendarEvent)) {
    const start = toIsoString(parsePartialDate(event.date));
    const end = event.end && parsePartialDate(event.end).precision === 'day' ? event.end : start;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${meta.host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(end))}`,
      `SUMMARY:${escapeIcsText(event.title)}`,
      `DESCRIPTION:${escapeIcsText(`${event.summary}\n\nKällor: ${event.sources.map((s) => s.title).join('; ')}\n${event.url}`)}`,
      `URL:${event.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
