/**
 * Splitting a rendered MDX body (the HTML of Prose.astro) so that a page can
 * answer first: the text before the body's first `##` heading (what it means
 * for the reader), the rest (history and details), and the section
 * "## Det här säger källorna inte", which the page gathers into one place.
 */
export const GAPS_HEADING = 'Det här säger källorna inte';

export interface ProseParts {
  /** The wrapper's opening tag, e.g. `<div class="prose">`, to wrap each part again. */
  open: string;
  intro: string;
  rest: string;
  /** What follows the gaps heading (without the heading), or '' when the body has none. */
  gaps: string;
}

const H2 = /<h2\b[^>]*>([\s\S]*?)<\/h2>/g;
const text = (html: string) => html.replace(/<[^>]*>/g, '').trim();

export function splitProse(html: string): ProseParts {
  const wrapper = /^\s*(<div\b[^>]*>)([\s\S]*)<\/div>\s*$/.exec(html);
  const open = wrapper?.[1] ?? '<div class="prose">';
  const inner = wrapper?.[2] ?? html;
  const headings = [...inner.matchAll(H2)];
  if (headings.length === 0) return { open, intro: inner, rest: '', gaps: '' };
  const intro = inner.slice(0, headings[0].index);
  let rest = '';
  let gaps = '';
  headings.forEach((h, i) => {
    const end = i + 1 < headings.length ? headings[i + 1].index : inner.length;
    if (text(h[1]) === GAPS_HEADING) gaps += inner.slice(h.index + h[0].length, end);
    else rest += inner.slice(h.index, end);
  });
  return { open, intro, rest, gaps };
}

/** The items of every list in `html`, and whatever else it holds as items of its own, for one list of gaps. */
export function gapItems(html: string): string[] {
  const items: string[] = [];
  const withoutLists = html.replace(/<ul\b[^>]*>([\s\S]*?)<\/ul>/g, (_, list: string) => {
    for (const m of list.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)) items.push(m[1].trim());
    return '';
  });
  for (const m of withoutLists.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) items.push(m[1].trim());
  return items;
}
