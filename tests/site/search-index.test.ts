/**
 * The built search index, read from Pagefind's own fragments: excerpts are the
 * pages' text (no words of neighbouring cells, terms or fact boxes run
 * together, no source numbers), fact boxes and names are searchable metadata,
 * the invisible words are hidden, /sok/ord.json lists the index's words, and
 * the OCR's misreadings in a source's list of corrections are not indexed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { plainText } from '@/lib/compounds';
import { readFragment } from '@/lib/search-vocabulary';
import { DIST } from '../support/dist';

const dir = join(DIST, 'pagefind', 'fragment');
const fragments = readdirSync(dir).map((file) => readFragment(readFileSync(join(dir, file))));
/** A word without the punctuation around it. */
const bare = (word: string) => word.replace(/^[(„”"']+|[.,:;!?)”"']+$/g, '');
/** The words of a page's main content as the reader sees them, each element's text apart. */
const visibleWords = (url = '') =>
  new Set(
    plainText(parse(readFileSync(join(DIST, url, 'index.html'), 'utf8')).querySelector('main')?.innerHTML ?? '')
      .split(/\s+/)
      .map(bare),
  );
/** A token where two words may have been run together: a small letter then a capital, or letters next to digits. */
const JOINED = /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u;

describe('the search index', () => {
  it('has one fragment per indexed page, with its title', () => {
    expect(fragments.length).toBeGreaterThan(80);
    for (const f of fragments) expect(f.meta.title, f.content.slice(0, 40)).toBeTruthy();
  });

  it('gives excerpts that are the pages’ own words: nothing run together, no source numbers', () => {
    for (const fragment of fragments) {
      const words = visibleWords(fragment.url);
      expect(fragment.content, fragment.meta.title).not.toMatch(/\[\d+\]/);
      const joined = fragment.content
        .split(/\s+/)
        .map(bare)
        .filter((w) => JOINED.test(w) && !words.has(w) && !/^\d+(?:[:.–-]\d+)*$/.test(w));
      expect(joined, fragment.meta.title).toEqual([]);
    }
  });

  it('keeps fact boxes out of excerpts but searchable, and names things in "namn"', () => {
    const koping = fragments.find((f) => f.meta.title === 'Köping');
    expect(koping?.content).not.toContain('Kommunkod');
    expect(koping?.meta.fakta).toContain('Kommunkod: 1983.');
    expect(koping?.meta.namn).toBe('Köping');
    const economy = fragments.find((f) => f.meta.title === 'Ekonomi');
    expect(economy?.meta.namn?.split(' ')).toEqual(expect.arrayContaining(['Ekonomi', 'budget', 'pengar']));
    // An event is not named after what it is about; a source keeps its formal title as its title only.
    const event = fragments.find((f) => f.meta.title === 'Norra Västmanlands samordningsförbund startar');
    expect(event?.meta.namn).toBeUndefined();
    const law = fragments.find((f) => f.meta.title?.startsWith('Lag (2003:1210)'));
    expect(law?.meta.namn).toBe('finsam-lagen finsamlagen');
  });

  it('holds the invisible words (names, compound parts, everyday words) in hidden, ignored elements only', () => {
    for (const file of ['kommuner/koping/index.html', 'ekonomi/index.html', 'ordlista/index.html']) {
      const html = parse(readFileSync(join(DIST, file), 'utf8'));
      const metas = html.querySelectorAll('main [data-pagefind-meta]');
      expect(metas.length, file).toBeGreaterThan(0);
      for (const meta of metas) expect(meta.closest('[hidden][data-pagefind-ignore]'), file).not.toBeNull();
    }
  });

  it('writes the index’s words and the everyday words no page shows to /sok/ord.json', () => {
    const vocabulary = JSON.parse(readFileSync(join(DIST, 'sok', 'ord.json'), 'utf8')) as {
      words: string[];
      pages: number[];
      everyday: Record<string, string[]>;
    };
    expect(vocabulary.words).toEqual(expect.arrayContaining(['Köping', 'förbundet', 'samordningsförbund', 'jobb', 'unemployed']));
    expect(vocabulary.words).not.toContain('kalle');
    expect(vocabulary.pages).toHaveLength(vocabulary.words.length);
    expect(vocabulary.everyday.unemployed).toEqual(['employment']);
  });
  it('indexes none of the OCR misreadings that a source page lists as corrected', () => {
    const wordsOf = (text: string) => text.toLocaleLowerCase('sv').split(/[^\p{L}\d]+/u);
    const dir = join('content', 'kalltexter');
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const raw = readFileSync(join(dir, file), 'utf8');
      const { rattelser = [] } = load(raw) as { rattelser?: { fran: string }[] };
      if (rattelser.length === 0) continue;
      // A misreading that is also a word of the published text ("ligga") is the source's own word.
      const published = new Set(wordsOf(raw.split(/^rattelser:/m)[0] ?? ''));
      const misread = new Set(
        rattelser
          .flatMap(({ fran }) => fran.toLocaleLowerCase('sv').split(/\s+/).map(bare))
          .filter((w) => w.length > 3 && !published.has(w)),
      );
      const url = `/kallor/${file.replace(/\.yaml$/, '')}/`;
      const fragment = fragments.find((f) => f.url === url);
      expect(fragment, url).toBeDefined();
      const indexed = new Set(wordsOf(fragment!.content));
      expect(
        [...misread].filter((w) => indexed.has(w)),
        url,
      ).toEqual([]);
      checked += misread.size;
    }
    expect(checked).toBeGreaterThan(20);
  });
});
