/**
 * Citation numbering. A page's citations are numbered in the order they first
 * appear in the MDX body (`<Kalla id="…" />`), followed by any sources named in
 * the frontmatter that the body did not cite.
 */
const KALLA_TAG = /<Kalla((?:\s+[A-Za-z]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export interface CitationUse {
  id: string;
  /** The quoted passage (`citat="…"`), if the citation has one. */
  passage?: string;
  /** 1-based line, for error messages: in the file when `firstLine` is the body's line there. */
  line: number;
}

/** Every `<Kalla>` in a body; `firstLine` is the line in the file where the body begins. */
export function findCitations(body: string, firstLine = 1): CitationUse[] {
  const uses: CitationUse[] = [];
  for (const match of body.matchAll(KALLA_TAG)) {
    const attributes = new Map([...(match[1] ?? '').matchAll(ATTRIBUTE)].map((a) => [a[1], a[2] ?? a[3] ?? '']));
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
    const passage = attributes.get('citat');
    uses.push({ id: attributes.get('id') ?? '', line, ...(passage === undefined ? {} : { passage }) });
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

/** A data field's source with the passages it quotes (`source:` and `citat:`), for citedSources. */
export function quoting(field: { source: { id: string }; citat?: readonly string[] }): { id: string; passages?: readonly string[] } {
  return { id: field.source.id, passages: field.citat };
}

/** A source as a page cites it: with the passages its `<Kalla citat="…">` quote, in order, each once. */
export type Cited<S> = S & { passages: readonly string[] };

type SourceRef = { id: string; passages?: readonly string[] };

/**
 * The sources a page cites, in citation order (see `citationOrder`): the
 * `<Kalla>` ids in the bodies first, then the sources named in data fields;
 * each with the passages the bodies quote from it, for the list of sources.
 * `leading` are data citations shown above the bodies (a fact box, see
 * src/lib/fact-citations.ts): they are numbered first, as a reader meets them.
 */
export function citedSources<S extends { id: string }>(
  sources: readonly S[],
  bodies: readonly (string | undefined)[],
  refs: readonly SourceRef[] = [],
  leading: readonly SourceRef[] = [],
): Cited<S>[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const text = bodies.join('\n');
  const passages = new Map<string, Set<string>>();
  const add = (id: string, passage: string) => {
    if (!passages.has(id)) passages.set(id, new Set());
    passages.get(id)?.add(passage);
  };
  for (const ref of leading) for (const passage of ref.passages ?? []) add(ref.id, passage);
  for (const use of findCitations(text)) if (use.passage !== undefined) add(use.id, use.passage);
  for (const ref of refs) for (const passage of ref.passages ?? []) add(ref.id, passage);
  const order = new Set([
    ...leading.map((r) => r.id),
    ...citationOrder(
      text,
      refs.map((r) => r.id),
    ),
  ]);
  return [...order].map((id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`Källan "${id}" finns inte i content/kallor/.`);
    return { ...source, passages: [...(passages.get(id) ?? [])] };
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
