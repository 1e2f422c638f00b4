import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, isCalendarEvent, timelineIcs, timelineJson, type FeedEvent } from '@/lib/feeds';

const event = (over: Partial<FeedEvent>): FeedEvent => ({
  id: 'x',
  title: 'Möte; med, tecken',
  summary: 'Sammanfattning.',
  date: '2021-12-07',
  approximate: false,
  kind: 'möte',
  url: 'https://example.org/tidslinje/x/',
  parter: [],
  kommuner: ['koping'],
  sources: [{ id: 'a', title: 'Källa A', url: 'https://example.org/kallor/a/' }],
  ...over,
});

describe('timeline JSON', () => {
  it('gives each event its ISO date, precision and Swedish display date', () => {
    const json = timelineJson({ title: 'T', description: 'D', url: 'u', generated: '2026-11-22' }, [
      event({}),
      event({ id: 'y', date: '2022', season: 'var' }),
    ]);
    expect(json.events.map((e) => [e.date, e.precision, e.displayDate])).toEqual([
      ['2021-12-07', 'day', '7 december 2021'],
      ['2022', 'year', 'våren 2022'],
    ]);
  });
});

describe('iCalendar', () => {
  it('escapes and folds per RFC 5545', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldIcsLine(`DESCRIPTION:${'å'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('has one all-day VEVENT per event dated to the day', () => {
    const ics = timelineIcs({ name: 'N', description: 'D', host: 'example.org', stamp: '2026-11-22' }, [
      event({}),
      event({ id: 'm', date: '2020-12' }),
      event({ id: 'r', date: '2023-01-10', end: '2023-01-11' }),
    ]);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20211207\r\nDTEND;VALUE=DATE:20211208');
    expect(ics).toContain('DTSTART;VALUE=DATE:20230110\r\nDTEND;VALUE=DATE:20230112');
    expect(ics).toContain('SUMMARY:Möte\\; med\\, tecken');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(isCalendarEvent({ date: '2022' })).toBe(false);
  });
});
