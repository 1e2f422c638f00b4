import { describe, expect, it } from 'vitest';
import {
  escapeIcsText,
  foldIcsLine,
  isCalendarEvent,
  JSON_FIELDS,
  lastUpdated,
  pubDateOf,
  rssItems,
  timelineIcs,
  timelineJson,
  toFeedEvents,
  unfoldIcs,
  type EventEntry,
  type FeedEvent,
} from '@/lib/feeds';

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

const entry = (id: string, over: Partial<EventEntry['data']> = {}): EventEntry => ({
  id,
  data: {
    title: 'Rubrik',
    summary: 'Vad som hände.',
    date: '2023-05-01',
    approximate: false,
    kind: 'organisation',
    parter: [{ collection: 'parter', id: 'arbetsformedlingen' }],
    kommuner: [{ collection: 'kommuner', id: 'sala' }],
    allaKommuner: false,
    sources: [{ collection: 'kallor', id: 'a' }],
    faktakallor: {},
    ...over,
  },
});

const ics = (events: FeedEvent[]) => timelineIcs({ name: 'N', description: 'D', host: 'example.org', stamp: '2026-11-22' }, events);
/** The VEVENT blocks of a calendar, unfolded, as property maps. */
const vevents = (text: string) =>
  [...unfoldIcs(text).matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)\r\nEND:VEVENT/g)].map(
    (m) => new Map((m[1] ?? '').split('\r\n').map((line) => [line.slice(0, line.search(/[:;]/)), line.slice(line.search(/[:;]/))])),
  );

describe('feed events from content entries', () => {
  const sources = [
    { id: 'a', data: { title: 'Källa A' } },
    { id: 'b', data: { title: 'Källa B' } },
  ];
  const municipalities = [{ id: 'arboga' }, { id: 'sala' }, { id: 'vasteras' }];
  const absolute = (path: string) => `https://example.org/bas${path}`;

  it('turns references into ids and paths into absolute URLs', () => {
    const [e] = toFeedEvents([entry('2023-05-01-styrelse')], sources, municipalities, absolute);
    expect(e).toMatchObject({
      id: '2023-05-01-styrelse',
      url: 'https://example.org/bas/tidslinje/2023-05-01-styrelse/',
      parter: ['arbetsformedlingen'],
      kommuner: ['sala'],
      sources: [{ id: 'a', title: 'Källa A', url: 'https://example.org/bas/kallor/a/' }],
    });
    expect(e?.disputed).toBeUndefined();
  });

  it('lists every municipality when the event involved all of them, and resolves the disputing source', () => {
    const [e] = toFeedEvents(
      [
        entry('x', {
          allaKommuner: true,
          kommuner: [],
          disputed: { date: '2023-06-01', source: { collection: 'kallor', id: 'b' }, citat: ['1 juni'], note: 'B säger juni.' },
        }),
      ],
      sources,
      municipalities,
      absolute,
    );
    expect(e?.kommuner).toEqual(['arboga', 'sala', 'vasteras']);
    expect(e?.disputed).toEqual({
      date: '2023-06-01',
      source: { id: 'b', title: 'Källa B', url: 'https://example.org/bas/kallor/b/' },
      note: 'B säger juni.',
    });
  });

  it('knows when the feed last changed', () => {
    expect(lastUpdated([{ updated: '2026-11-22' }, { published: '2026-12-01' }, { updated: '2026-11-30' }])).toBe('2026-12-01');
    expect(lastUpdated([{}])).toBeUndefined();
  });
});

describe('timeline JSON', () => {
  const json = timelineJson({ title: 'T', description: 'D', url: 'u', feedUrl: 'f' }, [
    event({ updated: '2026-11-22' }),
    event({ id: 'y', date: '2022', season: 'var' }),
    event({
      id: 'z',
      date: '2023-05-01',
      disputed: { date: '2023-06-01', source: { id: 'b', title: 'B', url: 'https://example.org/kallor/b/' }, note: 'n' },
    }),
  ]);

  it('gives each event its ISO date, precision and Swedish display date', () => {
    expect(json.events.map((e) => [e.date, e.precision, e.displayDate])).toEqual([
      ['2021-12-07', 'day', '7 december 2021'],
      ['2022', 'year', 'våren 2022'],
      ['2023-05-01', 'day', '1 maj 2023'],
    ]);
  });

  it('has every documented field on every event, null when empty, and documents nothing that is not there', () => {
    for (const e of json.events) expect(Object.keys(e).sort()).toEqual(Object.keys(JSON_FIELDS).sort());
    expect(json.events[1]).toMatchObject({ season: 'var', end: null, disputed: null, published: null, updated: null });
    expect(json.events[2]?.disputed).toEqual({
      date: '2023-06-01',
      source: { id: 'b', title: 'B', url: 'https://example.org/kallor/b/' },
      note: 'n',
    });
    expect(json.updated).toBe('2026-11-22');
  });

  it('survives a round trip through JSON text unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('RSS items', () => {
  it('dates each item by the first day of its event, at midday UTC, and shows the real precision in the title', () => {
    const items = rssItems([
      event({}),
      event({ id: 'm', date: '2020-12', title: 'Beslut', updated: '2026-11-22', published: '2026-11-20' }),
    ]);
    expect(items.map((i) => i.pubDate.toISOString())).toEqual(['2021-12-07T12:00:00.000Z', '2020-12-01T12:00:00.000Z']);
    expect(items[1]).toMatchObject({
      title: 'december 2020: Beslut',
      link: 'https://example.org/tidslinje/x/',
      description: 'Sammanfattning.',
      categories: ['möte'],
      customData: '<dcterms:issued>2026-11-20</dcterms:issued><dcterms:modified>2026-11-22</dcterms:modified>',
    });
    expect(items[0]?.customData).toBeUndefined();
    expect(pubDateOf('2022').toUTCString()).toBe('Sat, 01 Jan 2022 12:00:00 GMT');
  });
});

describe('iCalendar', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)', () => {
    expect(escapeIcsText('a;b,c\\d\ne\r\nf')).toBe('a\\;b\\,c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character, and unfolds back (RFC 5545 3.1)', () => {
    const line = `DESCRIPTION:${'å'.repeat(60)}${'a'.repeat(50)}€`;
    const folded = foldIcsLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines[0]).toBe(`DESCRIPTION:${'å'.repeat(31)}`); // 12 + 62 octets; one more å would make 76
    expect(unfoldIcs(folded)).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });

  it('is a calendar with the required header and one all-day VEVENT per event dated to the day', () => {
    const text = ics([
      event({}),
      event({ id: 'm', date: '2020-12' }),
      event({ id: 'y', date: '2022', season: 'var' }),
      event({ id: 'r', date: '2023-01-10', end: '2023-01-11' }),
    ]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text).toContain('\r\nCALSCALE:GREGORIAN\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const events = vevents(text);
    expect(events.map((e) => e.get('UID'))).toEqual([':x@example.org', ':r@example.org']);
    expect(events[0]?.get('DTSTART')).toBe(';VALUE=DATE:20211207');
    expect(events[0]?.get('DTEND')).toBe(';VALUE=DATE:20211208');
    expect(events[1]?.get('DTEND')).toBe(';VALUE=DATE:20230112');
    for (const e of events) {
      for (const property of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'DESCRIPTION', 'URL']) expect(e.has(property), property).toBe(true);
      expect(e.get('DTSTAMP')).toBe(':20261122T000000Z');
      expect(e.get('SUMMARY')).toBe(':Möte\\; med\\, tecken');
      expect(e.get('URL')).toBe(':https://example.org/tidslinje/x/');
    }
    expect(isCalendarEvent({ date: '2022' })).toBe(false);
    expect(isCalendarEvent({ date: '2020-12' })).toBe(false);
  });

  it('tells of an approximate or disputed date in the description', () => {
    const [approx, disputed] = vevents(
      ics([
        event({ approximate: true }),
        event({
          id: 'd',
          disputed: { date: '2023-06-01', source: { id: 'b', title: 'Avsiktsförklaringen', url: 'u' }, note: 'Den säger juni.' },
        }),
      ]),
    );
    expect(approx?.get('DESCRIPTION')).toContain('Datumet är ungefärligt: cirka 7 december 2021.');
    expect(disputed?.get('DESCRIPTION')).toContain('Källorna anger olika datum: 1 juni 2023 enligt Avsiktsförklaringen. Den säger juni.');
    expect(disputed?.get('DESCRIPTION')).toContain('\\n\\nKällor: Källa A\\n\\nhttps://example.org/tidslinje/x/');
  });

  it('never lets a period end before it starts, nor end on a month', () => {
    const [backwards, month] = vevents(
      ics([event({ date: '2023-01-10', end: '2023-01-05' }), event({ date: '2023-01-10', end: '2023-02' })]),
    );
    expect(backwards?.get('DTEND')).toBe(';VALUE=DATE:20230111');
    expect(month?.get('DTEND')).toBe(';VALUE=DATE:20230111');
  });
});
