/**
 * Highlighting a search result's words on the page it opens, without any
 * JavaScript on that page: the link carries a text fragment (#:~:text=…),
 * which the browser scrolls to and highlights.
 *
 * The words come from Pagefind's excerpt, where <mark> wraps the words as they
 * stand on the page ("Köping" for the query "kopings"); a text fragment only
 * matches whole words, so the query itself would often miss.
 */

const MAX_WORDS = 3;

/** Decodes the few entities Pagefind writes in excerpts. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Cuts punctuation off the ends of a word ("Köping," → "Köping"); keeps inner hyphens and colons. */
function trimWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The distinct words Pagefind marked in an excerpt, in order, at most three. */
export function markedWords(excerptHtml: string): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const match of excerptHtml.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    const word = trimWord(decodeEntities((match[1] ?? '').replace(/<[^>]*>/g, '')));
    const key = word.toLocaleLowerCase('sv');
    if (word.length < 2 || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/** The words of a query, for when the excerpt marks nothing (a match in the title only, say). */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      query
        .split(/\s+/)
        .map(trimWord)
        .filter((w) => w.length > 1),
    ),
  ].slice(0, MAX_WORDS);
}

/** A text fragment that highlights each word: "#:~:text=a&text=b", or "" for none. */
export function textFragment(words: string[]): string {
  // Within a text directive, "-", "&" and "," have meanings of their own: encode them too.
  const encode = (w: string) => encodeURIComponent(w).replace(/-/g, '%2D').replace(/,/g, '%2C');
  return words.length ? `#:~:${words.map((w) => `text=${encode(w)}`).join('&')}` : '';
}

/** The fragment for a result: the words marked in its excerpt, else the query's words. */
export function resultFragment(excerptHtml: string, query: string): string {
  if (!query.trim()) return '';
  const marked = markedWords(excerptHtml);
  return textFragment(marked.length ? marked : queryWords(query));
}
