/**
 * The feeds for journalists, read from the built dist/ and checked against
 * the content files themselves:
 * - tidslinje.json parses to the documented shape, one entry per event;
 * - rss.xml is well-formed XML (fast-xml-parser's validator) with one item per event;
 * - tidslinje.ics is valid iCalendar text with one VEVENT per event dated to the day.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { JsonEvent, SourceRef } from '@/lib/feeds';
import { describe, expect, it } from 'vitest';
import { CONTENT, contentIds } from '../support/content';
import { DIST } from '../support/dist';

// ------------------------------------------------------------ what the content says

interface ContentEvent {
  id: string;
  date: string;
  season?: string;
  allaKommuner: boolean;
}

/** The events as editors wrote them: file name, `date:` and `allaKommuner:` from the frontmatter. */
const contentEvents: ContentEvent[] = readdirSync(join(CONTENT, 'tidslinje'))
  .filter((f) => /\.mdx?$/.test(f))
  .sort()
  .map((file) => {
    const frontmatter = readFileSync(join(CONTENT, 'tidslinje', file), 'utf8').split(/^---\s*$/m)[1] ?? '';
    return {
      id: file.replace(/\.mdx?$/, ''),
      date: /^date:\s*['"]?([\d-]+)['"]?\s*$/m.exec(frontmatter)?.[1] ?? '',
      season: /^season:\s*(\w+)\s*$/m.exec(frontmatter)?.[1],
      allaKommuner: /^allaKommuner:\s*true\s*$/m.test(frontmatter),
    };
  });
const dayEvents = contentEvents.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const pageExists = (path: string) => existsSync(join(DIST, path, 'index.html'));
/** The path of an absolute URL on the site, without the base path (dist/ is built at the root). */
const sitePath = (url: string) => new URL(url).pathname.replace(/^\//, '');

// ------------------------------------------------------------ XML (fast-xml-parser)

type XmlNode = Record<string, unknown>;

/** Throws unless `xml` is well-formed, then parses it: attributes as "@_name", every <item> in an array. */
function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`);
  return new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' }).parse(xml);
}

const child = (node: unknown, name: string) => (node as XmlNode | undefined)?.[name] as XmlNode | undefined;
/** An element's text, whether it has attributes (then "#text") or not. */
const childText = (node: unknown, name: string) => {
  const value = child(node, name) as unknown;
  return String((typeof value === 'object' ? (value as XmlNode | null)?.['#text'] : value) ?? '').trim();
};

// ------------------------------------------------------------ iCalendar helpers

/** An unescaped `,` or `;`, or a backslash escape RFC 5545 does not define, in a TEXT value. */
function badTextEscape(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      if (!['\\', ';', ',', 'n', 'N'].includes(value[i + 1] ?? '')) return `bad escape \\${value[i + 1]}`;
      i++;
    } else if (c === ',' || c === ';') return `unescaped "${c}"`;
  }
  return null;
}

/** Content lines after unfolding, split into name, parameters and value. */
function icsLines(text: string): { name: string; params: string; value: string }[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([A-Z][A-Z0-9-]*)((?:;[^:]*)?):(.*)$/.exec(line);
      if (!match) throw new Error(`not an iCalendar content line: ${line}`);
      return { name: match[1] ?? '', params: match[2] ?? '', value: match[3] ?? '' };
    });
}

// ------------------------------------------------------------ the tests

describe('tidslinje.json', () => {
  const json = JSON.parse(read('tidslinje.json'));
  const byId = new Map<string, JsonEvent>(json.events.map((e: JsonEvent) => [e.id, e]));

  it('describes itself and has one entry per event in content/tidslinje/', () => {
    expect(json).toMatchObject({
      title: expect.any(String),
      description: expect.any(String),
      url: expect.stringMatching(/\/tidslinje\/$/),
    });
    expect(json.feedUrl).toMatch(/\/tidslinje\.json$/);
    expect(contentEvents.length).toBeGreaterThan(0);
    expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(contentEvents.map((e) => e.id));
  });

  it('gives every event exactly the documented fields, each of the documented type', () => {
    const documented = Object.keys(json.fields).sort();
    expect(documented).toEqual(
      [
        'id',
        'title',
        'summary',
        'date',
        'precision',
        'displayDate',
        'season',
        'end',
        'approximate',
        'kind',
        'url',
        'sources',
        'parter',
        'kommuner',
        'disputed',
        'published',
        'updated',
      ].sort(),
    );
    const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const sourceRef = (s: SourceRef) => {
      expect(Object.keys(s).sort()).toEqual(['id', 'title', 'url']);
      expect(s.title.length).toBeGreaterThan(0);
      expect(sitePath(s.url)).toBe(`kallor/${s.id}/`);
      expect(pageExists(sitePath(s.url)), s.url).toBe(true);
    };
    for (const source of contentEvents) {
      const event = byId.get(source.id) as JsonEvent;
      expect(Object.keys(event).sort(), source.id).toEqual(documented);
      expect(event.title.length).toBeGreaterThan(0);
      expect(event.summary.length).toBeGreaterThan(0);
      expect(event.displayDate.length).toBeGreaterThan(0);
      expect(event.date).toMatch(isoDate);
      expect(event.date).toBe(source.date);
      expect(event.precision).toBe(['year', 'month', 'day'][event.date.split('-').length - 1]);
      expect(event.season === null || ['var', 'sommar', 'host', 'vinter'].includes(event.season)).toBe(true);
      expect(event.end === null || isoDate.test(event.end)).toBe(true);
      expect(typeof event.approximate).toBe('boolean');
      expect(['beslut', 'möte', 'dokument', 'organisation', 'uppföljning']).toContain(event.kind);
      expect(event.url).toMatch(/^https?:\/\//);
      expect(sitePath(event.url)).toBe(`tidslinje/${source.id}/`);
      expect(pageExists(sitePath(event.url))).toBe(true);
      expect(event.sources.length, `${source.id} has no source`).toBeGreaterThan(0);
      event.sources.forEach(sourceRef);
      for (const part of event.parter) expect(pageExists(`parter/${part}/`), part).toBe(true);
      for (const kommun of event.kommuner) expect(pageExists(`kommuner/${kommun}/`), kommun).toBe(true);
      if (source.allaKommuner) expect([...event.kommuner].sort(), source.id).toEqual(contentIds('kommuner'));
      if (event.disputed !== null) {
        expect(Object.keys(event.disputed).sort()).toEqual(['date', 'note', 'source']);
        expect(event.disputed.date === null || isoDate.test(event.disputed.date)).toBe(true);
        expect(event.disputed.note.length).toBeGreaterThan(0);
        sourceRef(event.disputed.source);
      }
      expect(event.published === null || day.test(event.published)).toBe(true);
      expect(event.updated === null || day.test(event.updated)).toBe(true);
    }
  });

  it('carries the disputed date of the interim board', () => {
    expect(byId.get('2023-05-01-interimistisk-styrelse')?.disputed).toMatchObject({
      date: '2023-06-01',
      source: { id: 'avsiktsforklaring' },
    });
  });
});

describe('rss.xml', () => {
  /** Parsed in each test, so a well-formedness error fails the test that reads the feed with its own message. */
  const load = () => {
    const xml = parseXml(read('rss.xml'));
    const channel = child(child(xml, 'rss'), 'channel');
    return { xml, channel, items: (channel?.item as XmlNode[] | undefined) ?? [] };
  };
  const json = JSON.parse(read('tidslinje.json'));
  const eventByUrl = new Map<string, { id: string; date: string; summary: string; title: string }>(
    json.events.map((e: { url: string }) => [e.url, e]),
  );

  it('is well-formed RSS 2.0 with a title, link, description and language', () => {
    const { xml, channel } = load();
    expect(Object.keys(xml).filter((name) => name !== '?xml')).toEqual(['rss']);
    expect(child(xml, 'rss')?.['@_version']).toBe('2.0');
    expect(childText(channel, 'title')).not.toBe('');
    expect(childText(channel, 'description')).not.toBe('');
    expect(childText(channel, 'link')).toMatch(/^https?:\/\/.+\/tidslinje\/$/);
    expect(childText(channel, 'language')).toBe('sv-se');
    expect(child(channel, 'atom:link')?.['@_href']).toMatch(/\/rss\.xml$/);
  });

  it('has one item per event, each linking to its event and dated by its first day (a season by its first month)', () => {
    const { items } = load();
    expect(items).toHaveLength(contentEvents.length);
    const links = items.map((item) => childText(item, 'link'));
    expect(new Set(links).size).toBe(items.length);
    for (const item of items) {
      const link = childText(item, 'link');
      const event = eventByUrl.get(link);
      expect(event, link).toBeDefined();
      expect(childText(item, 'guid')).toBe(link);
      expect(childText(item, 'title')).toContain(event?.title);
      expect(childText(item, 'description')).toBe(event?.summary);
      const pubDate = childText(item, 'pubDate');
      expect(pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      // A season is dated from its first month (spring from March), never as 1 January.
      const seasonMonth = { var: '03', sommar: '06', host: '09', vinter: '12' }[
        contentEvents.find((e) => e.id === event?.id)?.season ?? ''
      ];
      const [year, month = seasonMonth ?? '01', dayOfMonth = '01'] = (event?.date ?? '').split('-');
      expect(new Date(pubDate).toISOString().slice(0, 10)).toBe(`${year}-${month}-${dayOfMonth}`);
    }
  });
});

describe('tidslinje.ics', () => {
  const text = read('tidslinje.ics');
  const lines = icsLines(text);
  type Block = Map<string, { params: string; value: string }[]>;
  /** The properties of each VEVENT, by name. */
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of lines) {
    if (line.name === 'BEGIN' && line.value === 'VEVENT') blocks.push((current = new Map()));
    else if (line.name === 'END' && line.value === 'VEVENT') current = undefined;
    else current?.set(line.name, [...(current.get(line.name) ?? []), line]);
  }

  it('is CRLF-separated text with lines of at most 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  });

  it('is one VCALENDAR with PRODID, VERSION:2.0 and CALSCALE, its events properly nested', () => {
    expect(lines[0]).toEqual({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
    expect(lines.at(-1)).toEqual({ name: 'END', params: '', value: 'VCALENDAR' });
    const header = lines.slice(
      0,
      lines.findIndex((l) => l.name === 'BEGIN' && l.value === 'VEVENT'),
    );
    expect(header.find((l) => l.name === 'VERSION')?.value).toBe('2.0');
    expect(header.find((l) => l.name === 'PRODID')?.value).toMatch(/^-\/\/.+\/\/.+\/\/[A-Z]{2}$/);
    expect(header.find((l) => l.name === 'CALSCALE')?.value).toBe('GREGORIAN');
    let depth = 0;
    for (const line of lines) {
      if (line.name === 'BEGIN') depth++;
      if (line.name === 'END') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
      expect(depth).toBeLessThanOrEqual(2);
    }
    expect(depth).toBe(0);
  });

  it('has exactly one VEVENT per event dated to the day, with the required properties', () => {
    expect(dayEvents.length).toBeGreaterThan(0);
    expect(dayEvents.length).toBeLessThan(contentEvents.length); // the month and year events are really left out
    expect(blocks).toHaveLength(dayEvents.length);
    const one = (block: Block, name: string) => {
      expect(block.get(name), name).toHaveLength(1);
      return block.get(name)?.[0] ?? { params: '', value: '' };
    };
    const uids = new Set<string>();
    const starts = new Map<string, string>();
    for (const block of blocks) {
      const uid = one(block, 'UID').value;
      expect(uids.has(uid)).toBe(false);
      uids.add(uid);
      expect(one(block, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
      const start = one(block, 'DTSTART');
      expect(start.params).toBe(';VALUE=DATE');
      expect(start.value).toMatch(/^\d{8}$/);
      const end = block.get('DTEND')?.[0];
      if (end) {
        expect(end.params).toBe(';VALUE=DATE');
        expect(end.value > start.value).toBe(true);
      }
      for (const name of ['SUMMARY', 'DESCRIPTION']) {
        const value = one(block, name).value;
        expect(value.length).toBeGreaterThan(0);
        expect(badTextEscape(value), `${name}: ${value}`).toBeNull();
      }
      const url = one(block, 'URL').value;
      expect(url).toMatch(/^https?:\/\/.+\/tidslinje\/[a-z0-9-]+\/$/);
      starts.set(sitePath(url).split('/')[1] ?? '', start.value);
    }
    expect(Object.fromEntries(starts)).toEqual(Object.fromEntries(dayEvents.map((e) => [e.id, e.date.replace(/-/g, '')])));
  });

  it('says in its description that events without a day are left out', () => {
    const description = lines.find((l) => l.name === 'X-WR-CALDESC')?.value ?? '';
    expect(description).toMatch(/månad eller år/);
  });
});
