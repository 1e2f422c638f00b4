/**
 * Citation numbering. A page's citations are numbered in the order they first
 * appear in the MDX body (`<Kalla id="…" />`), followed by any sources named in
 * the frontmatter that the body did not cite.
 */
const KALLA_TAG = /<Kalla\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*?\/?>/g;

export interface CitationUse {
  id: string;
  /** 1-based line in the body, for error messages. */
  line: number;
}

export function findCitations(body: string): CitationUse[] {
  const uses: CitationUse[] = [];
  for (const match of body.matchAll(KALLA_TAG)) {
    const id = match[1] ?? match[2] ?? '';
    const line = body.slice(0, match.index).split('\n').length;
    uses.push({ id, line });
  }
  return uses;
}

/** Source ids in citation order, each once. */
export function citationOrder(body: string | undefined, frontmatterIds: readonly string[] = []): string[] {
  const ordered = new Set<string>();
  for (const use of findCitations(body ?? '')) ordered.add(use.id);
  for (const id of frontmatterIds) ordered.add(id);
  return [...ordered];
}

export function citationNumber(order: readonly string[], id: string): number {
  const index = order.indexOf(id);
  if (index === -1) throw new Error(`Källan "${id}" är inte med i sidans källförteckning.`);
  return index + 1;
}
