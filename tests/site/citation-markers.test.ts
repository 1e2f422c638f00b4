/**
 * Quiet citations and pages that answer first (issue 14, points 3 and 4), on
 * the built site: no page has two citation markers side by side ungrouped, the
 * lättläst page cites like the others (issue 13, point 3),
 * and a kommun page says "Uppgift saknas i källorna" at most once outside its
 * one gathered section "Det här säger källorna inte".
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { ungroupedMarkers } from '@/lib/citation-markup';

const pages = builtPages();
const main = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

describe('citation markers in the built site', () => {
  it('groups every pair of neighbouring markers on every page', () => {
    const ungrouped = pages.flatMap((p) => ungroupedMarkers(main(p.html)).map((at) => `/${p.path}: ${at.slice(0, 120)}`));
    expect(ungrouped).toEqual([]);
  });

  it('cites inline on the lättläst page too: every section, every figure and date, and its sources at the end', () => {
    const page = pages.find((p) => p.path === 'lattlast/');
    expect(page).toBeDefined();
    // The page's own text: from its first heading to "Läs mer", which holds links only.
    const html = main(page!.html);
    const prose = html.slice(html.indexOf('<h2'), html.lastIndexOf('<h2', html.indexOf('id="läs-mer"')));
    const sections = prose.split(/<h2\b/).slice(1);
    expect(sections.length).toBeGreaterThan(2);
    expect(sections.filter((s) => !s.includes('class="citation"')).map((s) => s.slice(0, 80))).toEqual([]);
    const blocks = [...prose.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2] ?? '');
    const uncitedFigures = blocks
      .filter((b) => /\d/.test(b.replace(/<sup class="citation"[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '')))
      .filter((b) => !b.includes('class="citation"'));
    expect(uncitedFigures).toEqual([]);
    expect(page!.html).toMatch(/id="kallor-rubrik"[\s\S]*<li id="kalla-1"/);
  });
});

describe('kommun pages answer first', () => {
  const kommunPages = pages.filter((p) => /^kommuner\/[a-z0-9-]+\/$/.test(p.path));

  it('exist', () => expect(kommunPages.length).toBeGreaterThanOrEqual(10));

  for (const page of kommunPages) {
    it(`/${page.path}: one section of what the sources do not say, and at most one "Uppgift saknas" outside it`, () => {
      const html = main(page.html);
      const sections = html.match(/<section aria-labelledby="kallorna-sager-inte">[\s\S]*?<\/section>/g) ?? [];
      expect(sections.length).toBeLessThanOrEqual(1);
      const outside = sections.reduce((h, s) => h.replace(s, ''), html);
      expect((outside.match(/Uppgift saknas i källorna/g) ?? []).length).toBeLessThanOrEqual(1);
      // The resident's answer comes before the history: insatser and the guide before the earlier förbund.
      const insatser = html.indexOf('>Insatser för invånare i ');
      const history = html.search(/<h2[^>]*>(Förbundet före 2024|Avsiktsförklaringen)/);
      expect(insatser).toBeGreaterThan(-1);
      expect(history === -1 || insatser < history).toBe(true);
    });
  }
});
