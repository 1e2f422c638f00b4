/**
 * Quiet citation markers, done on a page's finished HTML (BaseLayout runs it on
 * the rendered slot). Each `<Kalla>` renders one marker,
 * `<sup class="citation">[<a …>1</a>]</sup>`; this joins the markers that
 * stand next to each other into one, "[1, 2]", with each number still its own
 * link, and removes the space before a marker. The bracket before the first
 * number starts with a word joiner (U+2060) inside an `aria-hidden` span, so a
 * line never breaks between a word and its marker and screen readers never
 * meet the character; the marker is `white-space: nowrap` (Kalla.astro), and a
 * full stop after "]" cannot start a line (Unicode line breaking, LB13).
 *
 * Tab order: within one paragraph, list item or cell, a link to a source that
 * an earlier marker in the same block already links is taken out of the tab
 * order (`tabindex="-1"`). It stays a link for pointers, touch and screen
 * readers; keyboard users reach the same source from the block's first marker
 * and from the list "Källor" at the end of the page.
 */

/** One marker as Kalla.astro renders it (its attributes may vary, its shape may not). */
const MARKER = /<sup\b[^>]*\bclass="citation"[^>]*>(?:(?!<\/sup>)[\s\S])*<\/sup>/g;
const LINK = /<a\b[^>]*>(?:(?!<\/a>)[\s\S])*<\/a>/g;
/** A tag that opens or closes a block: a link seen before it does not count in the next block. */
const BLOCK = /<\/?(?:p|li|td|th|dd|dt|h[1-6]|div|section|blockquote|figcaption|caption|ol|ul|dl)\b/i;

export const WORD_JOINER = '\u2060';
const OPEN = `<span aria-hidden="true">${WORD_JOINER}[</span>`;
const SEPARATOR = '<span aria-hidden="true">, </span>';
const CLOSE = '<span aria-hidden="true">]</span>';

/** The markup of one marker holding `links` (the `<a>` elements, in order), inside the given `<sup …>` tag. */
export function markerHtml(supOpenTag: string, links: readonly string[]): string {
  return `${supOpenTag}${OPEN}${links.join(SEPARATOR)}${CLOSE}</sup>`;
}

const hrefOf = (link: string) => /\bhref="([^"]*)"/.exec(link)?.[1] ?? '';

function withoutTabStop(link: string): string {
  if (/\btabindex=/.test(link)) return link;
  return link.replace(/^<a\b/, '<a tabindex="-1"');
}

/** The page's HTML with neighbouring markers grouped, joined to the word before them, and repeats out of the tab order. */
export function quietCitations(html: string): string {
  const markers = [...html.matchAll(MARKER)];
  if (markers.length === 0) return html;
  let out = '';
  let at = 0;
  let seen = new Set<string>();
  for (let i = 0; i < markers.length;) {
    // A run: markers separated by nothing but white space.
    let j = i;
    while (j + 1 < markers.length) {
      const end = markers[j].index + markers[j][0].length;
      if (!/^\s*$/.test(html.slice(end, markers[j + 1].index))) break;
      j += 1;
    }
    const first = markers[i];
    const before = html.slice(at, first.index);
    if (BLOCK.test(before)) seen = new Set();
    out += before.replace(/\s+$/, '');
    const links: string[] = [];
    const hrefs = new Set<string>();
    for (const marker of markers.slice(i, j + 1)) {
      for (const [link] of marker[0].matchAll(LINK)) {
        const href = hrefOf(link);
        if (hrefs.has(href)) continue; // the same source twice in one group: once is enough
        hrefs.add(href);
        links.push(seen.has(href) ? withoutTabStop(link) : link);
        seen.add(href);
      }
    }
    const supOpenTag = /^<sup\b[^>]*>/.exec(first[0])?.[0] ?? '<sup class="citation">';
    out += markerHtml(supOpenTag, links);
    at = markers[j].index + markers[j][0].length;
    i = j + 1;
  }
  return out + html.slice(at);
}

/** Markers next to each other that were not grouped (for the built-site check): the HTML around each such pair. */
export function ungroupedMarkers(html: string): string[] {
  const found: string[] = [];
  const markers = [...html.matchAll(MARKER)];
  for (let i = 0; i + 1 < markers.length; i += 1) {
    const end = markers[i].index + markers[i][0].length;
    const between = html.slice(end, markers[i + 1].index);
    // Only white space, or tags without text (e.g. a closing </a> of a glossary link is text-free too).
    if (/^(?:\s|<[^>]*>)*$/.test(between) && !BLOCK.test(between)) found.push(html.slice(markers[i].index, markers[i + 1].index + 80));
  }
  return found;
}
