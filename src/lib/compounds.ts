/**
 * Swedish compounds for search. Pagefind indexes "förbundsordning" as one word,
 * so a search for "ordning" would miss it. Given a word list (compound → parts,
 * kept in content/sok/sammansattningar.yaml), this finds the compounds a text
 * uses, inflected forms included ("samordningsförbundets" starts with
 * "samordningsförbund"), and returns their parts to be indexed with the page.
 */
export type CompoundList = Record<string, string[]>;

const WORD = /[\p{L}]+/gu;

export function compoundParts(text: string, list: CompoundList): string[] {
  const stems = Object.keys(list).sort((a, b) => b.length - a.length);
  const parts = new Set<string>();
  const words = new Set((text.toLocaleLowerCase('sv').match(WORD) ?? []).filter((w) => w.length >= 6));
  for (const word of words) {
    const stem = stems.find((s) => word.startsWith(s) && word.length - s.length <= 5);
    if (stem) for (const part of list[stem] ?? []) parts.add(part);
  }
  return [...parts].sort((a, b) => a.localeCompare(b, 'sv'));
}

/** Plain text of the part of an HTML page that search indexes (inside data-pagefind-body). */
export function indexedText(html: string): string {
  const start = html.search(/<main[^>]*data-pagefind-body/);
  if (start === -1) return '';
  const end = html.indexOf('</main>', start);
  return html
    .slice(start, end === -1 ? undefined : end)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/**
 * Adds the parts, at the end of main, as an empty element whose attribute Pagefind indexes
 * (data-pagefind-index-attrs): searchable, invisible, and silent for screen readers.
 */
export function withCompoundParts(html: string, parts: string[]): string {
  if (parts.length === 0) return html;
  const escaped = parts.join(' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const marker = `<span data-pagefind-index-attrs="data-ordled" data-ordled="${escaped}" data-pagefind-weight="0.5"></span>`;
  // At the end of main, so the parts rarely end up in a result's excerpt.
  const start = html.search(/<main[^>]*data-pagefind-body/);
  const end = start === -1 ? -1 : html.indexOf('</main>', start);
  return end === -1 ? html : `${html.slice(0, end)}${marker}${html.slice(end)}`;
}
