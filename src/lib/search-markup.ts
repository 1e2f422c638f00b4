/**
 * A page's finished HTML made ready for the search index (BaseLayout runs it on
 * the rendered main content), so that result excerpts read as text:
 *
 * - Fact boxes (`<dl class="facts">`, `event-facts`, `source-facts`) are left out
 *   of the indexed text, where their terms and values would run into each
 *   other and into the first paragraph ("Kommunkod1983Förbund före 2024…").
 *   Their content is returned as sentences ("Kommunkod: 1983.") for a metadata
 *   field: still searchable ("kommunkod 1983" finds Köping), never an excerpt.
 *   Their citation markers, and links marked data-pagefind-ignore, are not part of the sentences.
 * - Pagefind separates paragraphs, list items and table cells, but joins the
 *   text of adjacent terms, descriptions, header cells and captions
 *   ("KommunKommunkod", "avsiktsförklaringen13"). A space before each of their
 *   end tags keeps the words apart; it changes nothing on screen.
 *
 * Nothing visible changes: the fact boxes stay on the page as they were.
 */
import { plainText } from './compounds';

const FACT_BOX = /<dl\b([^>]*\bclass="(?:[^"]*\s)?(?:facts|event-facts|source-facts)(?:\s[^"]*)?"[^>]*)>([\s\S]*?)<\/dl>/g;
const TERM_OR_VALUE = /<(dt|dd)\b[^>]*>([\s\S]*?)<\/\1>/g;
// A citation marker in a fact box (Kalla.astro's `<sup class="citation">`): a link to a source, not a word of the fact.
const CITATION_MARKER = /<sup\b[^>]*\bclass="citation"[^>]*>[\s\S]*?<\/sup>/g;
// A link in a fact box marked data-pagefind-ignore (the förbund another förbund became): that page's name, not this page's fact.
const IGNORED_LINK = /<a\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/a>/g;
const JOINED_END = /(\S)(<\/(?:dt|dd|th|caption|figcaption|summary|legend)>)/g;

const clean = (html: string) => plainText(html).replace(/\s+/g, ' ').trim();

/** "Kommunkod: 1983." for each term and its value in a fact box. */
function factSentences(body: string): string[] {
  const sentences: string[] = [];
  let term = '';
  for (const [, tag, html] of body.matchAll(TERM_OR_VALUE)) {
    const text = clean(html.replace(CITATION_MARKER, ' ').replace(IGNORED_LINK, ' '));
    if (tag === 'dt') term = text;
    else if (text) sentences.push(`${term ? `${term}: ` : ''}${text}${/[.!?]$/.test(text) ? '' : '.'}`);
  }
  return sentences;
}

export interface SearchMarkup {
  /** The HTML, fact boxes marked `data-pagefind-ignore`, with spaces where Pagefind would join words. */
  html: string;
  /** The fact boxes' content, one sentence per fact. */
  facts: string[];
}

export function searchMarkup(html: string): SearchMarkup {
  const facts: string[] = [];
  const marked = html.replace(FACT_BOX, (_, attributes: string, body: string) => {
    facts.push(...factSentences(body));
    const ignore = /\bdata-pagefind-ignore\b/.test(attributes) ? '' : ' data-pagefind-ignore';
    return `<dl${attributes}${ignore}>${body}</dl>`;
  });
  return { html: marked.replace(JOINED_END, '$1 $2'), facts };
}
