import { describe, expect, it } from 'vitest';
import { markerHtml, quietCitations, ungroupedMarkers, WORD_JOINER } from '@/lib/citation-markup';

/** A marker as Kalla.astro renders it. */
const marker = (n: number, id = `k${n}`) =>
  markerHtml('<sup class="citation" data-pagefind-ignore data-astro-cid-x>', [
    `<a href="/kallor/${id}/" aria-label="Källa ${n}: ${id}" data-astro-cid-x>${n}</a>`,
  ]);
const links = (html: string) => [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);

describe('quiet citations', () => {
  it('groups neighbouring markers into one, each number its own named link', () => {
    const html = quietCitations(`<p>Köping är med ${marker(1)} ${marker(2)}. Sedan 2024 ${marker(3)}.</p>`);
    expect(html.match(/<sup\b/g)).toHaveLength(2);
    expect(html).toContain(
      `med<sup class="citation" data-pagefind-ignore data-astro-cid-x><span aria-hidden="true">${WORD_JOINER}[</span><a href="/kallor/k1/" aria-label="Källa 1: k1" data-astro-cid-x>1</a><span aria-hidden="true">, </span><a href="/kallor/k2/" aria-label="Källa 2: k2" data-astro-cid-x>2</a><span aria-hidden="true">]</span></sup>.`,
    );
    expect(links(html).map((a) => /aria-label="([^"]*)"/.exec(a)?.[1])).toEqual(['Källa 1: k1', 'Källa 2: k2', 'Källa 3: k3']);
  });

  it('joins the marker to the word before it: no space, a word joiner no screen reader meets', () => {
    const html = quietCitations(`<li>ett ord\n ${marker(1)}:</li>`);
    expect(html).toMatch(/^<li>ett ord<sup/);
    expect(html).toContain(`<span aria-hidden="true">${WORD_JOINER}[</span>`);
    expect(html.replace(/<span aria-hidden="true">[^<]*<\/span>/g, '')).not.toContain(WORD_JOINER);
    expect(html).toMatch(/<\/sup>:<\/li>$/);
  });

  it('names a source once per group and takes repeats within a block out of the tab order', () => {
    const html = quietCitations(`<p>A ${marker(1)} ${marker(1)}. B ${marker(1)} ${marker(2)}.</p><p>C ${marker(1)}.</p>`);
    expect(links(html)).toEqual([
      '<a href="/kallor/k1/" aria-label="Källa 1: k1" data-astro-cid-x>',
      '<a tabindex="-1" href="/kallor/k1/" aria-label="Källa 1: k1" data-astro-cid-x>',
      '<a href="/kallor/k2/" aria-label="Källa 2: k2" data-astro-cid-x>',
      '<a href="/kallor/k1/" aria-label="Källa 1: k1" data-astro-cid-x>',
    ]);
  });

  it('leaves pages without markers and markers apart from each other alone, apart from the space before', () => {
    expect(quietCitations('<p>Inga källor.</p>')).toBe('<p>Inga källor.</p>');
    const html = quietCitations(`<p>Ett ${marker(1)} två ${marker(2)}</p>`);
    expect(html).toBe(`<p>Ett${marker(1)} två${marker(2)}</p>`);
  });

  it('finds markers left next to each other ungrouped', () => {
    const raw = `<p>Ett ${marker(1)} ${marker(2)}.</p>`;
    expect(ungroupedMarkers(raw)).toHaveLength(1);
    expect(ungroupedMarkers(quietCitations(raw))).toEqual([]);
    expect(ungroupedMarkers(`<li>Ett ${marker(1)}</li><li>${marker(2)}</li>`)).toEqual([]);
  });
});
