/**
 * What the search page does with a query before and after Pagefind, in the
 * browser (src/components/sok/site-search.ts). Pagefind matches every word as
 * the beginning of a word in the index, and a word it cannot find at all as the
 * longest indexed word it begins with: "nykomlingen" found "ny…", "kalle"
 * found "källa". So each word is first looked up in the index's own words
 * (src/lib/search-vocabulary.ts):
 *
 * - a function word ("vad", "hur", "jag", "the") is left out when the query has
 *   other words: Pagefind wants every word on the page;
 * - a word the site uses, in any inflected form or as the beginning of one, is
 *   searched for;
 * - a word the site does not use is not searched for. If a site word is one or
 *   two letters away, it is offered ("Menade du källa?"); a long word one letter
 *   away (two for very long words) is searched for in its place, and the page
 *   says so ("samordnigsförbund" → "samordningsförbund").
 *
 * When no page has every word, the pages with some of them are shown, most
 * words first, and the page says so. Nothing here needs the DOM.
 */

/** English function words: a query with one of them is taken to be English. */
const ENGLISH = new Set(
  (
    'the a an of on for to and or is are was were what who whom how when where why which do does did could my me ' +
    'you your it its this that with about be there much many'
  ).split(' '),
);
/** Function words, Swedish and English: left out when the query has other words. */
const FUNCTION_WORDS = new Set([
  ...(
    'och i in på av för till med om som att det den de en ett är var vara vad vem vems vilka vilken vilket hur när varför vart ' +
    'jag mig min mitt mina du dig din ditt vi oss ni er man sig sin inte ej kan ska skall får måste vill har hade blir bli ' +
    'finns fanns mycket många mer hos här där nu så eller men can i'
  ).split(' '),
  ...ENGLISH,
]);

/** Endings of inflected forms ("arbetet", "kommunernas"), also used for the editors' everyday words. */
export const ENDINGS: readonly string[] = [
  '',
  's',
  'n',
  'ns',
  't',
  'ts',
  'en',
  'ens',
  'et',
  'ets',
  'na',
  'nas',
  'ar',
  'er',
  'or',
  'r',
  'arna',
  'erna',
  'orna',
  'rna',
  'arnas',
  'ernas',
  'ornas',
  'rnas',
  'ade',
  'at',
  'de',
  'te',
  'e',
  'a',
];

/** `word` is `base` or an inflected form of it ("arbetet" of "arbete"; not "lagom" of "lag"). */
export function isFormOf(word: string, base: string): boolean {
  return word.startsWith(base) && ENDINGS.includes(word.slice(base.length));
}

/** Lower case without diacritics, as Pagefind compares words: "Köping" → "koping". */
export function normalize(word: string): string {
  return word.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Two words with a common beginning this long may differ in their endings ("samordningsförbundet", "-en"). */
const MIN_STEM = 5;

/** Edit distance with transpositions (optimal string alignment), or `max + 1` once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length];
}

/** How far a misspelt word may be from the site's word: 1 letter, 2 from 8 letters. */
const maxDistance = (length: number) => (length >= 8 ? 2 : 1);
/** A correction is searched for without asking when the word is this long (one letter off), or this long (two off). */
const SURE_ONE = 7;
const SURE_TWO = 11;

export interface Suggestion {
  /** The site's word, as the site writes it. */
  word: string;
  distance: number;
  /** Close and long enough to search for at once. */
  sure: boolean;
}

/** What src/lib/search-vocabulary.ts writes to /sok/ord.json. */
export interface VocabularyData {
  /** The index's words, the most widespread first. */
  words: readonly string[];
  /** On how many pages each stands. */
  pages?: readonly number[];
  /** Everyday words no page shows → the pages' own words for them. */
  everyday?: Readonly<Record<string, readonly string[]>>;
}

/** A word on this few pages, one letter from a far more widespread one, may be a slip in the source itself ("Skinskattebergs"). */
const RARE = 2;
/** How much more widespread the other word must be. */
const RARER_BY = 3;
/** Letters that may join the parts of a compound ("medlem|s|samråd", "tjänst|e|man"). */
const LINKS = ['', 's', 'e'];
/** The shortest part of a compound split in the browser: "medlem|s|samråd", never "upp|sala". */
const MIN_PART = 4;

/** The index's words, for looking a query's words up. */
export class Vocabulary {
  /** Normalized form → the site's own spelling, most widespread first. */
  readonly #forms = new Map<string, string>();
  /** Normalized form → on how many pages. */
  readonly #pages = new Map<string, number>();
  readonly #sorted: string[];
  readonly #everyday: Map<string, readonly string[]>;

  constructor({ words, pages = [], everyday = {} }: VocabularyData) {
    words.forEach((word, i) => {
      const form = normalize(word);
      if (!this.#forms.has(form)) this.#forms.set(form, word);
      this.#pages.set(form, (this.#pages.get(form) ?? 0) + (pages[i] ?? 1));
    });
    this.#sorted = [...this.#forms.keys()].sort();
    this.#everyday = new Map(Object.entries(everyday).map(([word, terms]) => [normalize(word), terms]));
  }

  /** The pages' own words for an everyday word that no page shows ("jobb" → arbete, arbeta). */
  siteWordsFor(word: string): readonly string[] | undefined {
    return this.#everyday.get(normalize(word));
  }

  /**
   * A word the site does not use as two it does ("medlemssamråd" → medlem,
   * samråd: the pages have "länsmedlemssamrådet"), the first part as long as
   * possible; undefined if there is no such split.
   */
  split(word: string): [string, string] | undefined {
    const form = normalize(word);
    for (let end = form.length - MIN_PART; end >= MIN_PART; end--) {
      const first = form.slice(0, end);
      if (!this.#forms.has(first)) continue;
      for (const link of LINKS) {
        const rest = form.slice(end);
        if (!rest.startsWith(link) || rest.length - link.length < MIN_PART) continue;
        const second = this.wordFor(rest.slice(link.length));
        if (second) return [this.#forms.get(first) ?? first, second];
      }
    }
    return undefined;
  }

  /**
   * The site's word for a word it uses whole, or whose base form it uses
   * ("samrådet" → samråd); undefined for a word it has only as the beginning of
   * others.
   */
  wordFor(word: string): string | undefined {
    const form = normalize(word);
    for (let end = form.length; end >= MIN_PART; end--) {
      const word = ENDINGS.includes(form.slice(end)) ? this.#forms.get(form.slice(0, end)) : undefined;
      if (word) return word;
    }
    return undefined;
  }

  /** For a word on very few pages, a far more widespread word one letter away, to offer as "Menade du …?". */
  moreCommon(word: string): string | undefined {
    const form = normalize(word);
    // The word as typed and the words that begin with it ("skinskatteberg", "skinskattebergs").
    let count = 0;
    for (let at = this.#firstWithPrefix(form); at >= 0 && this.#sorted[at]?.startsWith(form); at++) {
      count = Math.max(count, this.#pages.get(this.#sorted[at]) ?? 0);
    }
    if (form.length < SURE_ONE || count === 0 || count > RARE) return undefined;
    let best: string | undefined;
    for (const [candidate, pages] of this.#pages) {
      if (candidate === form || pages < RARER_BY * count || editDistance(form, candidate, 1) > 1) continue;
      if (!best || pages > (this.#pages.get(best) ?? 0)) best = candidate;
    }
    return best === undefined ? undefined : this.#forms.get(best);
  }

  /** The first index (in sorted order) of a form that starts with `prefix`, or -1. */
  #firstWithPrefix(prefix: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#sorted[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    return this.#sorted[low]?.startsWith(prefix) ? low : -1;
  }

  /**
   * The site uses this word: some word of the index begins with it (a word
   * being typed, a stem), it is an inflected form of one ("kommunernas"), or it
   * shares a long beginning with one and both end in an inflection
   * ("samordningsförbunden", "samordningsförbundet").
   */
  has(word: string): boolean {
    const form = normalize(word);
    if (!form) return false;
    if (this.#firstWithPrefix(form) >= 0) return true;
    for (let end = form.length - 1; end >= Math.min(MIN_STEM, form.length - 1) && end > 0; end--) {
      const stem = form.slice(0, end);
      if (!ENDINGS.includes(form.slice(end))) continue;
      if (this.#forms.has(stem)) return true;
      if (stem.length < MIN_STEM) continue;
      for (let at = this.#firstWithPrefix(stem); at >= 0 && this.#sorted[at]?.startsWith(stem); at++) {
        if (ENDINGS.includes(this.#sorted[at].slice(stem.length))) return true;
      }
    }
    return false;
  }

  /** The site's closest word to a word it does not use, if one is close enough. */
  suggest(word: string): Suggestion | undefined {
    const form = normalize(word);
    if (form.length < 4 || /\p{N}/u.test(form)) return undefined;
    const max = maxDistance(form.length);
    let best: { form: string; distance: number } | undefined;
    for (const [candidate] of this.#forms) {
      if (candidate.length < 3) continue;
      const distance = editDistance(form, candidate, max);
      if (distance > max) continue;
      // Fewest changes first, then a length like the word's, then the more widespread word (earlier in the map).
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && Math.abs(candidate.length - form.length) < Math.abs(best.form.length - form.length))
      ) {
        best = { form: candidate, distance };
      }
    }
    if (!best) return undefined;
    const sure = (best.distance === 1 && form.length >= SURE_ONE) || (best.distance === 2 && form.length >= SURE_TWO);
    return { word: this.#forms.get(best.form) ?? best.form, distance: best.distance, sure };
  }
}

/** What to search for, and what to tell the reader about it. */
export interface QueryPlan {
  /** The query as typed, trimmed. */
  text: string;
  /** The words to search for (corrections included); empty: search for nothing. */
  terms: string[];
  /** Function words left out. */
  ignored: string[];
  /** Words the site does not use, left out. */
  unknown: string[];
  /** Words replaced by the site's words and searched for at once: a misspelling, or a compound split in two. */
  corrected: { from: string; to: string }[];
  /** A query to offer as "Menade du …?": the closest site words, when nothing is searched for or a word is a rare slip. */
  suggestion?: string;
  /** An everyday word no page shows, and the pages' own words for it, by which its pages are ranked. */
  everyday?: { word: string; siteWords: readonly string[] };
  /** Written in English ("what is finsam"): pages in English first. */
  english: boolean;
}

/** The words of a query as the reader typed them ("2003:1210", "#KlarFramtid" and "7-20" stay whole). */
export function queryWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Decides what to search for. Without a vocabulary (it did not load), every word is searched for as typed. */
export function planQuery(text: string, vocabulary?: Vocabulary): QueryPlan {
  const words = queryWords(text.trim());
  const lower = (w: string) => w.toLocaleLowerCase('sv');
  const plan: QueryPlan = {
    text: text.trim(),
    terms: [],
    ignored: [],
    unknown: [],
    corrected: [],
    english: words.some((w) => ENGLISH.has(lower(w))),
  };
  const content = words.filter((w) => !FUNCTION_WORDS.has(lower(w)));
  const kept = content.length > 0 ? content : words;
  plan.ignored = words.filter((w) => !kept.includes(w));
  if (!vocabulary) {
    plan.terms = kept;
    return plan;
  }
  const offered: string[] = [];
  let offer = false;
  for (const word of kept) {
    const parts = word.match(TOKEN) ?? [];
    if (parts.every((p) => vocabulary.has(p))) {
      plan.terms.push(word);
      const common = parts.length === 1 ? vocabulary.moreCommon(word) : undefined;
      offered.push(common ?? word);
      offer ||= common !== undefined;
      const siteWords = vocabulary.siteWordsFor(word);
      if (siteWords && !plan.everyday) plan.everyday = { word, siteWords };
      continue;
    }
    const split = parts.length === 1 ? vocabulary.split(word) : undefined;
    if (split) {
      plan.terms.push(...split);
      plan.corrected.push({ from: word, to: split.join(' ') });
      offered.push(...split);
      continue;
    }
    const suggestion = parts.length === 1 ? vocabulary.suggest(word) : undefined;
    if (suggestion?.sure) {
      plan.terms.push(suggestion.word);
      plan.corrected.push({ from: word, to: suggestion.word });
      offered.push(suggestion.word);
      continue;
    }
    plan.unknown.push(word);
    if (suggestion) {
      offered.push(suggestion.word);
      offer = true;
    }
  }
  if (offer) plan.suggestion = offered.join(' ');
  return plan;
}

/** The part of a Pagefind result this needs. */
export interface RankedResult {
  id: string;
  score: number;
}

/**
 * Pages with some of the words, when none has them all: each word searched for
 * alone, pages with more of the words first, then by their summed scores.
 */
export function mergePartial<R extends RankedResult>(perWord: readonly (readonly R[])[]): R[] {
  const merged = new Map<string, { result: R; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else merged.set(result.id, { result, words: 1, score: result.score });
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((m) => m.result);
}

/**
 * Pages that have every word, joined by pages that one of the words finds by
 * name (its own page: "budget" finds /ekonomi/, which does not say "2024"):
 * a page found by one word alone joins when it scores at least as well as the
 * third page with every word. By score, best first.
 */
export function withNamedPages<R extends RankedResult>(all: readonly R[], perWord: readonly (readonly R[])[]): R[] {
  const bar = all[Math.min(2, all.length - 1)]?.score ?? Infinity;
  const ids = new Set(all.map((r) => r.id));
  const joined: R[] = [...all];
  for (const results of perWord) {
    for (const result of results) {
      if (result.score < bar || ids.has(result.id)) continue;
      ids.add(result.id);
      joined.push(result);
    }
  }
  return joined.sort((a, b) => b.score - a.score);
}

/**
 * The pages an everyday word found (by the invisible index, all alike), in the
 * order the pages' own words rank them: pages ranked by those first.
 */
export function rankedBySiteWords<R extends RankedResult>(found: readonly R[], bySiteWords: readonly (readonly R[])[]): R[] {
  const score = new Map<string, number>();
  for (const results of bySiteWords) for (const r of results) score.set(r.id, (score.get(r.id) ?? 0) + r.score);
  return [...found].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || b.score - a.score);
}

/** Pagefind's search, with the page's filters and, for the English pages, one more. */
export type Search<R extends RankedResult> = (query: string, filters?: Record<string, string>) => Promise<readonly R[]>;

/**
 * Runs a plan: the pages with every word, joined by pages one word finds by
 * name, or the pages with some of the words when none has all; pages an
 * everyday word found ranked by the pages' own words; for a query in English,
 * the pages in English first.
 */
export async function runPlan<R extends RankedResult>(plan: QueryPlan, search: Search<R>): Promise<{ results: R[]; partial: boolean }> {
  if (plan.terms.length === 0) return { results: [], partial: false };
  const query = plan.terms.join(' ');
  let results = [...(await search(query))];
  let partial = false;
  if (plan.terms.length > 1) {
    // One after the other: Pagefind runs one search at a time anyway.
    const each: (readonly R[])[] = [];
    for (const term of plan.terms) each.push(await search(term));
    partial = results.length === 0;
    results = partial ? mergePartial(each) : withNamedPages(results, each);
  }
  if (plan.everyday) {
    const { word, siteWords } = plan.everyday;
    const ranked: (readonly R[])[] = [];
    for (const siteWord of siteWords) ranked.push(await search(query.replace(word, siteWord)));
    results = rankedBySiteWords(results, ranked);
  }
  if (plan.english) {
    const inEnglish = new Set((await search(query, { språk: 'en' })).map((r) => r.id));
    results = [...results.filter((r) => inEnglish.has(r.id)), ...results.filter((r) => !inEnglish.has(r.id))];
  }
  return { results, partial };
}
