/**
 * The running text of a page, as LIX is meant to measure it: <main> without
 * chrome (citation lists, page info, hidden search data) and without generated
 * navigation and data (lists of links, timelines of titles, tables, fact boxes,
 * maps), which are lists of names rather than sentences.
 */
import { parse, type HTMLElement } from 'node-html-parser';

const SKIP_TAGS = new Set(['SUP', 'TABLE', 'DL', 'FIGURE', 'NAV', 'SVG']);
const SKIP_CLASSES = ['link-list', 'event-list', 'timeline', 'map-and-list', 'key-figures'];
const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'SUMMARY']);

function collect(node: HTMLElement, out: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      out.push(child.text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as HTMLElement;
    if (element.hasAttribute('data-pagefind-ignore') || element.hasAttribute('hidden') || SKIP_TAGS.has(element.tagName)) continue;
    if (SKIP_CLASSES.some((name) => element.classList.contains(name))) continue;
    collect(element, out);
    if (BLOCKS.has(element.tagName)) out.push('\n');
  }
}

export function mainText(html: string): string {
  const main = parse(html).querySelector('main');
  if (!main) return '';
  const out: string[] = [];
  collect(main, out);
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\n\s*/g, '\n')
    .trim();
}
