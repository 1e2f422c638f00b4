/**
 * Rehype plugin: in each MDX body, the first use of a glossary term links to
 * /ordlista/#<id>. Text inside links, headings, code and citations is left alone.
 * English pages (frontmatter lang: en) are skipped. The link is a root path like
 * every link in MDX; the prose link component adds the base path.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { createMatcher, type GlossaryTerm } from '../lib/glossary';

const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'sup', 'script', 'style']);

interface Options {
  terms: GlossaryTerm[];
}

type Parent = Root | Element;
type Child = RootContent | ElementContent;

export default function rehypeGlossary({ terms }: Options) {
  const matcher = createMatcher(terms);
  return (tree: Root, file: { data?: { astro?: { frontmatter?: { lang?: string } } } }) => {
    if (file.data?.astro?.frontmatter?.lang === 'en') return;
    const used = new Set<string>();
    const visit = (parent: Parent) => {
      const next: Child[] = [];
      for (const child of parent.children as Child[]) {
        if (child.type === 'text') {
          next.push(...linkText(child, used));
          continue;
        }
        if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
        // MDX JSX elements (e.g. <Kalla />) are not HTML: leave them and their children alone.
        next.push(child);
      }
      parent.children = next as typeof parent.children;
    };
    const linkText = (node: Text, usedIds: Set<string>): Child[] => {
      const matches = matcher.firstUses(node.value, usedIds);
      if (matches.length === 0) return [node];
      const parts: Child[] = [];
      let at = 0;
      for (const match of matches) {
        if (match.start > at) parts.push({ type: 'text', value: node.value.slice(at, match.start) });
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `/ordlista/#${match.id}`, className: ['term'] },
          children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
        });
        at = match.end;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      return parts;
    };
    visit(tree);
  };
}
