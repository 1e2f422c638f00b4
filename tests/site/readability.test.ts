/**
 * LIX of every page's reading text, reported in the test output. Pages written
 * for citizens must stay at LIX ≤ 40 and the easy-Swedish page at LIX ≤ 30.
 */
import { describe, expect, it } from 'vitest';
import { lix } from '@/lib/lix';
import { contentIds } from '../support/content';
import { builtPages } from '../support/dist';
import { mainText } from '../support/main-text';

const EASY = 'lattlast/';
/**
 * Pages of running text written for citizens: four of content/sidor/, every
 * municipality and every perspective. Navigation pages (the home page, the
 * lists of municipalities and perspectives) are reported but not held to the
 * limit: their text is mostly lists of proper names, which LIX scores as hard.
 */
const CITIZEN = [
  ...['om', 'fragor-och-svar', 'vart-vander-jag-mig', 'lattlast'].map((id) => `/${id}/`),
  ...contentIds('kommuner').map((id) => `/kommuner/${id}/`),
  ...contentIds('perspektiv').map((id) => `/perspektiv/${id}/`),
].sort();

describe('readability (LIX)', () => {
  const pages = builtPages().filter((p) => !p.path.startsWith('in-english') && p.path !== '404.html');
  const rows = pages.map((page) => ({ path: `/${page.path}`, ...lix(mainText(page.html)) }));

  it('reports every page, each with reading text', () => {
    const table = rows.map((r) => `${String(r.lix).padStart(5)}  ${String(r.words).padStart(5)} ord  ${r.path}`).join('\n');
    console.log(`LIX per sida (lägre är lättare):\n${table}`);
    expect(rows.filter((r) => r.words === 0).map((r) => r.path)).toEqual([]);
  });

  it('keeps the easy-Swedish page at LIX ≤ 30', () => {
    const easy = rows.find((r) => r.path === `/${EASY}`);
    expect(easy?.lix).toBeLessThanOrEqual(30);
  });

  it('keeps citizen pages at LIX ≤ 40', () => {
    const citizen = rows.filter((r) => CITIZEN.includes(r.path));
    expect(citizen.map((r) => r.path).sort()).toEqual(CITIZEN);
    expect(citizen.filter((r) => r.lix > 40).map((r) => `${r.path}: ${r.lix}`)).toEqual([]);
  });
});
