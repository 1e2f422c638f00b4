/**
 * The words of the search index, for the search page in the browser: to tell a
 * word the site uses from one it does not (so "kalle" is not taken as the
 * beginning of "källa"), and to offer "Menade du …?" from the site's own words.
 * Made after Pagefind has indexed the site, from Pagefind's own record of each
 * page (its fragments): the text it indexed and the metadata fields, so the
 * list holds exactly the words a search can find.
 */
import { gunzipSync } from 'node:zlib';

/** A Pagefind fragment: a page's address, indexed text and metadata. */
export interface IndexedPage {
  url?: string;
  content: string;
  meta: Record<string, string>;
}

/** What the browser fetches (src/lib/search-query.ts reads it). */
export interface SearchVocabulary {
  /** Every word, the most widespread first, written as the pages mostly write it ("Köping", "förbund"). */
  words: string[];
  /** For each word, on how many pages it stands. */
  pages: number[];
  /**
   * Everyday words that no page shows (only the invisible index has them) → the
   * words the pages use for them: "jobb" → ["arbete", "arbeta"]. The search page
   * ranks their pages by the pages' own words.
   */
  everyday: Record<string, string[]>;
}

const SIGNATURE = 'pagefind_dcd';
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Addresses and file names ("004_78a23b57d0f8cbb1.txt") are not words to offer. */
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\S*_\S*/g;
/** Not words: file names and hashes ("004_78a23b57d0f8cbb1"), letters and digits run together. */
const JUNK = /^(?=.*\p{L})(?=.*\p{N}).{7,}$/u;
const MAX_LENGTH = 40;

/** Reads one fragment file as Pagefind writes it: gzip around "pagefind_dcd" and JSON. */
export function readFragment(file: Buffer): IndexedPage {
  const text = gunzipSync(file).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('Not a Pagefind fragment.');
  const data = JSON.parse(text.slice(SIGNATURE.length)) as Partial<IndexedPage>;
  return { url: data.url, content: data.content ?? '', meta: data.meta ?? {} };
}

/** Metadata fields that hold words the reader does not see on the page (src/components/sok/SearchMeta.astro). */
const INVISIBLE = new Set(['namn', 'ordled', 'vardagsord']);

/** Every word of the pages, each once, ordered by how many pages use it (then alphabetically), with the everyday words. */
export function searchVocabulary(
  pages: readonly IndexedPage[],
  everydayWords: Readonly<Record<string, readonly string[]>> = {},
): SearchVocabulary {
  const pagesWith = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const visible = new Set<string>();
  for (const page of pages) {
    const shown = [
      page.content,
      ...Object.entries(page.meta)
        .filter(([field]) => !INVISIBLE.has(field))
        .map(([, v]) => v),
    ].join(' ');
    const hidden = Object.entries(page.meta)
      .filter(([field]) => INVISIBLE.has(field))
      .map(([, v]) => v)
      .join(' ');
    const onPage = new Set<string>();
    for (const [text, seen] of [
      [shown, true],
      [hidden, false],
    ] as const) {
      for (const written of text.replace(URL_LIKE, ' ').match(TOKEN) ?? []) {
        const word = written.toLocaleLowerCase('sv');
        if (word.length > MAX_LENGTH || JUNK.test(word)) continue;
        onPage.add(word);
        if (!seen) continue;
        visible.add(word);
        const forms = spellings.get(word) ?? new Map<string, number>();
        forms.set(written, (forms.get(written) ?? 0) + 1);
        spellings.set(word, forms);
      }
    }
    for (const word of onPage) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  const ranked = [...pagesWith].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'));
  const spelling = (word: string) => [...(spellings.get(word) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? word;
  const everyday: Record<string, string[]> = {};
  for (const [term, forms] of Object.entries(everydayWords)) {
    for (const form of forms) {
      if (form.includes(' ') || visible.has(form) || !pagesWith.has(form)) continue;
      everyday[form] = [...(everyday[form] ?? []), term];
    }
  }
  return { words: ranked.map(([word]) => spelling(word)), pages: ranked.map(([, count]) => count), everyday };
}
