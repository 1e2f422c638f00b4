/**
 * LIX of every page's reading text, reported in the test output. Pages written
 * for citizens must stay at LIX ≤ 40 and the easy-Swedish page at LIX ≤ 30.
 */
import { describe, expect, it } from 'vitest';
import { lix } from '@/lib/lix';
import { builtPages } from '../support/dist';
import { mainText } from '../support/main-text';

const EASY = 'lattlast/';
/**
 * Pages of running text written for citizens. Navigation pages (the home page,
 * the lists of municipalities and perspectives) are reported but not held to
 * the limit: their text is mostly lists of proper names, which LIX scores as hard.
 */
const CITIZEN = [/^om\/$/, /^fragor-och-svar\/$/, /^vart-vander-jag-mig\/$/, /^lattlast\/$/, /^kommuner\/[^/]+\/$/, /^perspektiv\/[^/]+\/$/];

describe('readability (LIX)', () => {
  const pages = builtPages().filter((p) => !p.path.startsWith('in-english') && p.path !== '404.html');
  const rows = pages.map((page) => ({ path: `/${page.path}`, ...lix(mainText(page.html)) }));

  it('reports every page', () => {
    const table = rows.map((r) => `${String(r.lix).padStart(5)}  ${String(r.words).padStart(5)} ord  ${r.path}`).join('\n');
    console.log(`LIX per sida (lägre är lättare):\n${table}`);
    expect(rows.length).toBe(pages.length);
  });

  it('keeps the easy-Swedish page at LIX ≤ 30', () => {
    const easy = rows.find((r) => r.path === `/${EASY}`);
    expect(easy?.lix).toBeLessThanOrEqual(30);
  });

  it('keeps citizen pages at LIX ≤ 40', () => {
    const citizen = rows.filter((r) => CITIZEN.some((pattern) => pattern.test(r.path.slice(1))));
    expect(citizen.length).toBe(18);
    expect(citizen.filter((r) => r.lix > 40).map((r) => `${r.path}: ${r.lix}`)).toEqual([]);
  });
});
