/**
 * Citation numbering. A page's citations are numbered in the order they first
 * appear in the MDX body (`<Kalla id="…" />`), followed by any sources named in
 * the frontmatter that the body did not cite.
 */
const KALLA_TAG = /<Kalla\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*?\/?>/g;

export interface CitationUse {
  id: string;
  /** 1-based line, for error messages: in the file when `firstLine` is the body's line there. */
  line: number;
}

/** Every `<Kalla>` in a body; `firstLine` is the line in the file where the body begins. */
export function findCitations(body: string, firstLine = 1): CitationUse[] {
  const uses: CitationUse[] = [];
  for (const match of body.matchAll(KALLA_TAG)) {
    const id = match[1] ?? match[2] ?? '';
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
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

/**
 * The sources a page cites, in citation order (see `citationOrder`): the
 * `<Kalla>` ids in the bodies first, then the sources named in data fields.
 */
export function citedSources<S extends { id: string }>(
  sources: readonly S[],
  bodies: readonly (string | undefined)[],
  refs: readonly { id: string }[] = [],
): S[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return citationOrder(
    bodies.join('\n'),
    refs.map((r) => r.id),
  ).map((id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`Källan "${id}" finns inte i content/kallor/.`);
    return source;
  });
}

/**
 * Gives the page's citations their numbers. Render-order rule: a layout calls
 * this in its frontmatter, which Astro runs before it renders its slot, so
 * every `<Kalla>` in the page's MDX (rendered inside that slot) finds the
 * numbers in `locals` and matches the "Källor" list at the end of the page.
 */
export function numberCitations(locals: App.Locals, sources: readonly { id: string }[]): void {
  locals.citationOrder = sources.map((s) => s.id);
}
