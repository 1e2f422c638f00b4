/** Without JavaScript, /sok/ is a plain index of the site: it links to every page. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

describe('the site index on /sok/', () => {
  const pages = builtPages();
  const sok = pages.find((p) => p.path === 'sok/');
  const root = parse(sok?.html ?? '');

  it('says, only to readers without JavaScript, that search needs it', () => {
    const noscript = root.querySelectorAll('main noscript').map((n) => n.innerHTML);
    expect(noscript.some((html) => /class="no-js-note"[^>]*>Sökningen behöver JavaScript/.test(html))).toBe(true);
  });

  it('links to every page, grouped by type', () => {
    const linked = new Set(root.querySelectorAll('.site-index a').map((a) => a.getAttribute('href')));
    // Not listed: the 404 page, the search page itself, and the filtered views of
    // the timeline and the insatser (they are reached from those pages' filters).
    const expected = pages
      .filter((p) => p.path !== '404.html' && p.path !== 'sok/' && !/^(tidslinje|insatser)\/(typ|kommun|part)\//.test(p.path))
      .map((p) => `/${p.path}`);
    expect(expected.length).toBeGreaterThan(80);
    expect(expected.filter((path) => !linked.has(path))).toEqual([]);
    expect(root.querySelectorAll('.site-index h3').map((h) => h.text)).toEqual(
      expect.arrayContaining(['Sidor', 'Kommuner', 'Perspektiv', 'Händelser', 'Insatser', 'Källor']),
    );
  });
});
