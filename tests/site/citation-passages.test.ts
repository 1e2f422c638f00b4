/**
 * Every citation on the built site leads to its passage (issue 13): each
 * marker in the text, fact boxes, key figures, charts and the glossary, and
 * each quoted passage in a page's list of sources, links to a part of the
 * source's page (#text-…) with a text fragment (:~:text=…) whose words stand
 * in one element of that part. A passage that runs across the cells of a table
 * or the items of a list links to the table or list alone (a browser
 * highlights within one element; the build has checked the words).
 */
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages } from '../support/dist';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [`/${p.path}`, p]));
const documents = new Map<string, HTMLElement>();
const dom = (path: string) => {
  const page = byPath.get(path);
  if (!page) return undefined;
  if (!documents.has(path)) documents.set(path, parse(page.html));
  return documents.get(path);
};
const words = (text: string) =>
  text
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Link {
  from: string;
  href: string;
}
const links: Link[] = pages.flatMap((page) =>
  (dom(`/${page.path}`)?.querySelectorAll('main sup.citation a, main sup[data-citation] a, .citations .passages a') ?? []).map((a) => ({
    from: `/${page.path}`,
    href: a.getAttribute('href') ?? '',
  })),
);

/** What is wrong with one link, or undefined when it lands on its words. */
function problem({ href }: Link): string | undefined {
  const match = /^(\/kallor\/[a-z0-9-]+\/)#(text-[a-z0-9-]+)(?::~:text=([^&]+))?$/.exec(href);
  if (!match) return 'does not link to a passage (#text-…:~:text=…)';
  const [, path = '', anchor = '', directive] = match;
  const target = dom(path);
  if (!target) return `${path} does not exist`;
  const part = target.getElementById(anchor);
  if (!part) return `${path} has no element #${anchor}`;
  if (directive === undefined)
    return part.querySelector('td, li') ? undefined : `links to #${anchor} without the words, but it is no table or list`;
  const quoted = words(decodeURIComponent(directive));
  // The browser highlights within one element: the words must stand in one paragraph, heading, cell or item.
  const elements = [part, ...part.querySelectorAll('td, th, li, p')];
  if (!elements.some((e) => words(e.textContent).includes(quoted))) return `#${anchor} on ${path} does not hold "${quoted}" in one element`;
  return undefined;
}

describe('citations lead to their passages', () => {
  it('finds citations to check', () => {
    const markers = links.filter((l) => !l.href.includes('kalla-'));
    console.log(`${links.length} citation links on ${new Set(links.map((l) => l.from)).size} pages`);
    expect(markers.length).toBeGreaterThan(500);
  });

  it('every citation link lands on the words it quotes', () => {
    const wrong = links.flatMap((link) => {
      const found = problem(link);
      return found ? [`${link.from} → ${link.href.slice(0, 90)}: ${found}`] : [];
    });
    expect(wrong.slice(0, 30)).toEqual([]);
  });
});

describe('fact boxes cite every fact they show', () => {
  // The site's own classifications ("Sort", "Typ") need no source; a fact the sources do not give says so.
  const OWN = new Set(['Sort', 'Typ']);
  const boxes = pages.flatMap((page) =>
    (dom(`/${page.path}`)?.querySelectorAll('main dl.facts, main dl.event-facts') ?? [])
      .filter(() => /^(kommuner|forbund|insatser|tidslinje)\/[a-z0-9-]+\/$/.test(page.path))
      .map((dl) => ({ from: `/${page.path}`, dl })),
  );

  it('every value in the fact boxes of municipalities, förbund, insatser and events has a marker that leads to its passage', () => {
    expect(boxes.length).toBeGreaterThanOrEqual(10 + 4 + 8 + 22);
    const uncited = boxes.flatMap(({ from, dl }) =>
      dl.querySelectorAll('dt').flatMap((dt) => {
        const term = words(dt.textContent);
        const dd = dt.nextElementSibling;
        if (!dd || OWN.has(term)) return [];
        const value = words(dd.textContent);
        const shown = !/^Uppgift saknas i källorna\.?$/.test(value) && value !== 'Förbundet finns kvar eller källorna anger inget slut.';
        const markers = dd.querySelectorAll('sup.citation a');
        if (shown && markers.length === 0) return [`${from}: ${term} has no citation`];
        if (!shown && markers.length > 0) return [`${from}: ${term} is not given but has a citation`];
        return markers.flatMap((a) => {
          const found = problem({ from, href: a.getAttribute('href') ?? '' });
          return found ? [`${from}: ${term}: ${found}`] : [];
        });
      }),
    );
    expect(uncited).toEqual([]);
  });

  it('the list of municipalities cites each code and earlier förbund in its table', () => {
    const cells = dom('/kommuner/')?.querySelectorAll('main tbody td') ?? [];
    expect(cells.length).toBe(20);
    expect(cells.filter((td) => td.querySelectorAll('sup.citation a').length === 0).map((td) => words(td.textContent))).toEqual([]);
  });
});
