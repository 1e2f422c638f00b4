/**
 * Sätteri HAST plugin: in each Markdown or MDX body, the first use of a
 * glossary term links to /ordlista/#<id>. Text inside links, headings, code,
 * citations and MDX components (e.g. <Kalla />) is left alone. English pages
 * (frontmatter lang: en) are skipped. The link is a root path like every link
 * in MDX; the prose link component adds the base path.
 */
import type { HastPluginDefinition, HastPluginEntry, PluginFactoryContext } from 'satteri';
import type { Element, ElementContent, Text } from 'hast';
import { createMatcher, type GlossaryTerm } from '../lib/glossary';
import { routes } from '../lib/paths';

const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'sup', 'script', 'style']);

type Node = { type: string; tagName?: string };

/** True when the text sits inside an element or component whose text must not link. */
function insideSkipped(start: Readonly<Node> | undefined, parentOf: (node: Readonly<Node>) => Readonly<Node> | undefined): boolean {
  for (let node = start; node && node.type !== 'root'; node = parentOf(node)) {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return true;
    if (node.type === 'element' && SKIP.has(node.tagName ?? '')) return true;
  }
  return false;
}

/** The pieces a text node becomes: plain text around links to the glossary. */
export function linkPieces(value: string, matches: { id: string; start: number; end: number }[]): ElementContent[] {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push({ type: 'text', value: value.slice(at, match.start) });
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: routes.term(match.id), className: ['term'] },
      children: [{ type: 'text', value: value.slice(match.start, match.end) }],
    };
    parts.push(link);
    at = match.end;
  }
  if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
  return parts;
}

export default function glossaryLinks(terms: GlossaryTerm[]): HastPluginEntry {
  const matcher = createMatcher(terms);
  // A factory: called once per document, so each page has its own set of used terms.
  return (ctx: PluginFactoryContext): HastPluginDefinition | null => {
    const frontmatter = (ctx.data as { astro?: { frontmatter?: { lang?: unknown } } }).astro?.frontmatter;
    if (frontmatter?.lang === 'en') return null;
    const used = new Set<string>();
    return {
      name: 'glossary-links',
      text(node: Readonly<Text>, visit) {
        const parentOf = (n: Readonly<Node>) => visit.parent(n as never) as Readonly<Node> | undefined;
        if (insideSkipped(parentOf(node), parentOf)) return;
        const matches = matcher.firstUses(node.value, used);
        if (matches.length > 0) visit.replaceNode(node, linkPieces(node.value, matches));
      },
    };
  };
}
