/**
 * The feeds for journalists, read from the built dist/ and checked against
 * the content files themselves:
 * - tidslinje.json parses to the documented shape, one entry per event;
 * - rss.xml is well-formed XML (a small checker below) with one item per event;
 * - tidslinje.ics is valid iCalendar text with one VEVENT per event dated to the day.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { ROOT } from '../support/fixture';

// ------------------------------------------------------------ what the content says

interface ContentEvent {
  id: string;
  date: string;
  allaKommuner: boolean;
}

/** The events as editors wrote them: file name, `date:` and `allaKommuner:` from the frontmatter. */
const contentEvents: ContentEvent[] = readdirSync(join(ROOT, 'content', 'tidslinje'))
  .filter((f) => /\.mdx?$/.test(f))
  .sort()
  .map((file) => {
    const frontmatter = readFileSync(join(ROOT, 'content', 'tidslinje', file), 'utf8').split(/^---\s*$/m)[1] ?? '';
    return {
      id: file.replace(/\.mdx?$/, ''),
      date: /^date:\s*['"]?([\d-]+)['"]?\s*$/m.exec(frontmatter)?.[1] ?? '',
      allaKommuner: /^allaKommuner:\s*true\s*$/m.test(frontmatter),
    };
  });
const dayEvents = contentEvents.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const pageExists = (path: string) => existsSync(join(DIST, path, 'index.html'));
/** The path of an absolute URL on the site, without the base path (dist/ is built at the root). */
const sitePath = (url: string) => new URL(url).pathname.replace(/^\//, '');

// ------------------------------------------------------------ a small XML well-formedness checker

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/y;

function decode(text: string, at: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '&') {
      out += text[i];
      continue;
    }
    ENTITY.lastIndex = i;
    const match = ENTITY.exec(text);
    if (!match) throw new Error(`not well-formed XML at offset ${at + i}: bare "&"`);
    const entity = match[0];
    const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
    out += named[entity] ?? String.fromCodePoint(entity[2] === 'x' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10));
    i += entity.length - 1;
  }
  return out;
}

/**
 * Parses XML 1.0 as far as feeds use it (declaration, elements, attributes,
 * text, entities, CDATA, comments) and throws on anything not well-formed:
 * unclosed or crossed tags, bad names, duplicate or unquoted attributes, bare
 * "&" or "<", text or a second element outside the root.
 */
function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at offset ${i}: ${why}`);
  };
  const addText = (raw: string, cdata = false) => {
    const parent = stack.at(-1);
    if (!parent) {
      if (cdata || raw.trim() !== '') fail('text outside the root element');
      return;
    }
    if (!cdata && raw.includes(']]>')) fail('"]]>" in text');
    parent.text += cdata ? raw : decode(raw, i);
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unclosed XML declaration');
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      addText(xml.slice(i));
      break;
    }
    addText(xml.slice(i, lt));
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) fail('unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (end < 0) fail('unclosed CDATA section');
      addText(xml.slice(i + 9, end), true);
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) fail('unclosed processing instruction');
      if (root || stack.length > 0) fail('processing instruction after the root element started');
      i = end + 2;
    } else if (xml.startsWith('</', i)) {
      const name = NAME.exec(xml.slice(i + 2))?.[0] ?? fail('bad end tag');
      i += 2 + name.length;
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml[i] !== '>') fail(`"${name}" end tag not closed with ">"`);
      i++;
      const open = stack.pop();
      if (open?.name !== name) fail(`</${name}> closes <${open?.name ?? 'nothing'}>`);
    } else {
      const name = NAME.exec(xml.slice(i + 1))?.[0] ?? fail('bad start tag or bare "<"');
      i += 1 + name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const space = /^\s*/.exec(xml.slice(i))?.[0].length ?? 0;
        i += space;
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (space === 0) fail(`no space before an attribute of <${name}>`);
        const attribute = NAME.exec(xml.slice(i))?.[0] ?? fail(`bad attribute in <${name}>`);
        i += attribute.length;
        const quote = /^\s*=\s*(["'])/.exec(xml.slice(i)) ?? fail(`attribute ${attribute} of <${name}> has no quoted value`);
        i += quote[0].length;
        const end = xml.indexOf(quote[1] as string, i);
        if (end < 0) fail(`unclosed value of ${attribute}`);
        const value = xml.slice(i, end);
        if (value.includes('<')) fail(`"<" in the value of ${attribute}`);
        if (attribute in element.attributes) fail(`duplicate attribute ${attribute} in <${name}>`);
        element.attributes[attribute] = decode(value, i);
        i = end + 1;
      }
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail(`a second root element <${name}>`);
      else root = element;
      if (xml.startsWith('/>', i)) {
        i += 2;
      } else {
        i += 1;
        stack.push(element);
      }
    }
  }
  if (stack.length > 0) fail(`<${stack.at(-1)?.name}> is never closed`);
  return root ?? fail('no root element');
}

const child = (element: XmlElement | undefined, name: string) => element?.children.find((c) => c.name === name);
const childText = (element: XmlElement | undefined, name: string) => child(element, name)?.text.trim() ?? '';

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

describe('the XML checker used below', () => {
  it('accepts well-formed XML and rejects what is not', () => {
    const ok = parseXml('<?xml version="1.0"?><a x="1 &amp; 2"><b>t&lt;<![CDATA[<raw>]]></b><c/><!-- n --></a>');
    expect(ok.attributes.x).toBe('1 & 2');
    expect(child(ok, 'b')?.text).toBe('t<<raw>');
    for (const bad of ['<a><b></a></b>', '<a>', '<a>x & y</a>', '<a x=1/>', '<a x="1" x="2"/>', '<a/><b/>', '<a>1 < 2</a>', 'text<a/>', '<a></b>', '<1a/>']) {
      expect(() => parseXml(bad), bad).toThrow(/not well-formed/);
    }
  });
});

describe('tidslinje.json', () => {
  const json = JSON.parse(read('tidslinje.json'));
  const byId = new Map<string, Record<string, unknown>>(json.events.map((e: { id: string }) => [e.id, e]));

  it('describes itself and has one entry per event in content/tidslinje/', () => {
    expect(json).toMatchObject({ title: expect.any(String), description: expect.any(String), url: expect.stringMatching(/\/tidslinje\/$/) });
    expect(json.feedUrl).toMatch(/\/tidslinje\.json$/);
    expect(contentEvents.length).toBeGreaterThan(0);
    expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(contentEvents.map((e) => e.id));
  });

  it('gives every event exactly the documented fields, each of the documented type', () => {
    const documented = Object.keys(json.fields).sort();
    expect(documented).toEqual(
      ['id', 'title', 'summary', 'date', 'precision', 'displayDate', 'season', 'end', 'approximate', 'kind', 'url', 'sources', 'parter', 'kommuner', 'disputed', 'published', 'updated'].sort(),
    );
    const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const sourceRef = (s: { id: string; title: string; url: string }) => {
      expect(Object.keys(s).sort()).toEqual(['id', 'title', 'url']);
      expect(s.title.length).toBeGreaterThan(0);
      expect(sitePath(s.url)).toBe(`kallor/${s.id}/`);
      expect(pageExists(sitePath(s.url)), s.url).toBe(true);
    };
    for (const source of contentEvents) {
      const event = byId.get(source.id) as Record<string, any>;
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
      if (source.allaKommuner) expect(event.kommuner, source.id).toHaveLength(10);
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
    expect(byId.get('2023-05-01-interimistisk-styrelse')?.disputed).toMatchObject({ date: '2023-06-01', source: { id: 'avsiktsforklaring' } });
  });
});

describe('rss.xml', () => {
  /** Parsed in each test, so a well-formedness error fails the test that reads the feed with its own message. */
  const load = () => {
    const rss = parseXml(read('rss.xml'));
    const channel = child(rss, 'channel');
    return { rss, channel, items: channel?.children.filter((c) => c.name === 'item') ?? [] };
  };
  const json = JSON.parse(read('tidslinje.json'));
  const eventByUrl = new Map<string, { date: string; summary: string; title: string }>(json.events.map((e: { url: string }) => [e.url, e]));

  it('is well-formed RSS 2.0 with a title, link, description and language', () => {
    const { rss, channel } = load();
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    expect(childText(channel, 'title')).not.toBe('');
    expect(childText(channel, 'description')).not.toBe('');
    expect(childText(channel, 'link')).toMatch(/^https?:\/\/.+\/tidslinje\/$/);
    expect(childText(channel, 'language')).toBe('sv-se');
    expect(child(channel, 'atom:link')?.attributes.href).toMatch(/\/rss\.xml$/);
  });

  it('has one item per event, each linking to its event and dated by its first day', () => {
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
      const [year, month = '01', dayOfMonth = '01'] = (event?.date ?? '').split('-');
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
    const header = lines.slice(0, lines.findIndex((l) => l.name === 'BEGIN' && l.value === 'VEVENT'));
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
