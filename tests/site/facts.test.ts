/**
 * Facts are sacred: every page cites a source, every source is cited, every
 * municipality has its page and official code, no contact details are invented,
 * and the disputed interim-board date shows both dates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { CONTENT, contentIds } from '../support/content';

const pages = builtPages();
/** Pages that state no facts from the sources: the 404 page, search, the accessibility statement and the list of sources itself. */
// Pages about the site itself (search, accessibility, its data and licences), not about the förbund.
const NO_FACTS = new Set(['404.html', 'sok/', 'tillganglighet/', 'om-webbplatsen/', 'kallor/', 'data/']);

const OFFICIAL_CODES: Record<string, string> = {
  skinnskatteberg: '1904',
  surahammar: '1907',
  kungsor: '1960',
  hallstahammar: '1961',
  norberg: '1962',
  vasteras: '1980',
  sala: '1981',
  fagersta: '1982',
  koping: '1983',
  arboga: '1984',
};

describe('citations', () => {
  it('every page with facts lists at least one source', () => {
    const missing = pages
      .filter((p) => !NO_FACTS.has(p.path))
      .filter((p) => parse(p.html).querySelectorAll('section.citations li').length === 0)
      .map((p) => `/${p.path}`);
    expect(missing).toEqual([]);
  });

  it('every source is cited somewhere on the site', () => {
    const sourcePages = pages.filter((p) => /^kallor\/[^/]+\/$/.test(p.path));
    expect(sourcePages.map((p) => p.path).sort()).toEqual(
      contentIds('kallor')
        .map((id) => `kallor/${id}/`)
        .sort(),
    );
    const uncited = sourcePages
      .filter((p) => {
        const heading = parse(p.html)
          .querySelectorAll('h2')
          .find((h) => h.text.includes('Här används källan'));
        return !heading?.nextElementSibling || heading.nextElementSibling.tagName !== 'UL';
      })
      .map((p) => `/${p.path}`);
    expect(uncited).toEqual([]);
  });
});

describe('municipalities', () => {
  it('are the ten of Västmanland, each with a page and its official kommunkod', () => {
    expect(contentIds('kommuner')).toEqual(Object.keys(OFFICIAL_CODES).sort());
    for (const [slug, code] of Object.entries(OFFICIAL_CODES)) {
      const page = pages.find((p) => p.path === `kommuner/${slug}/`);
      expect(page, `/kommuner/${slug}/`).toBeDefined();
      const facts = parse(page?.html ?? '').querySelector('dl.facts')?.text ?? '';
      expect(facts, slug).toContain(code);
    }
  });
});

describe('no invented contact details', () => {
  const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
  const PHONE = /(?:\+46|\b0)\d{1,3}[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}\b/;
  const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx?|ya?ml)$/.test(f));

  it('content has no e-mail addresses or phone numbers', () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(join(CONTENT, file), 'utf8');
      return [EMAIL.exec(text), PHONE.exec(text)].filter((m) => m !== null).map((m) => `${file}: ${m?.[0]}`);
    });
    expect(files.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });

  it('no page links to an e-mail address while the settings are empty', () => {
    expect(pages.filter((p) => p.html.includes('mailto:')).map((p) => p.path)).toEqual([]);
  });
});

describe('disputed dates', () => {
  it('the interim board event shows both dates and both sources', () => {
    const page = pages.find((p) => p.path === 'tidslinje/2023-05-01-interimistisk-styrelse/');
    const note = parse(page?.html ?? '').querySelector('.disputed');
    expect(note?.text).toContain('1 maj 2023');
    expect(note?.text).toContain('1 juni 2023');
    const links = note?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    expect(links).toEqual(expect.arrayContaining(['/kallor/beslutsunderlag-lansforbund/', '/kallor/avsiktsforklaring/']));
  });
});

describe('glossary links', () => {
  it('the first use of a glossary term links to its explanation, once per text', () => {
    for (const path of ['om/', 'kommuner/koping/', 'fragor-och-svar/']) {
      const page = pages.find((p) => p.path === path);
      const links = parse(page?.html ?? '')
        .querySelectorAll('main .prose a.term')
        .map((a) => a.getAttribute('href'));
      expect(links.length, path).toBeGreaterThanOrEqual(3);
      for (const href of links) expect(href).toMatch(/^\/ordlista\/#[a-z0-9-]+$/);
    }
    const om = parse(pages.find((p) => p.path === 'om/')?.html ?? '')
      .querySelectorAll('main .prose a.term')
      .map((a) => a.getAttribute('href'));
    expect(new Set(om).size).toBe(om.length);
  });
});
