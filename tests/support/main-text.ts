/** The reading text of a page: <main> without chrome (citation lists, page info, hidden search data). */
import { parse, type HTMLElement } from 'node-html-parser';

const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'SUMMARY']);

function collect(node: HTMLElement, out: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      out.push(child.text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as HTMLElement;
    if (element.hasAttribute('data-pagefind-ignore') || element.hasAttribute('hidden') || element.tagName === 'SUP') continue;
    collect(element, out);
    if (BLOCKS.has(element.tagName)) out.push('\n');
  }
}

export function mainText(html: string): string {
  const main = parse(html).querySelector('main');
  if (!main) return '';
  const out: string[] = [];
  collect(main, out);
  return out.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/\n\s*/g, '\n').trim();
}
