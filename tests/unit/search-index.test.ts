/** What a page gives the search index: excerpts that read as text, the page's role, and the words list for the browser. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchMarkup } from '@/lib/search-markup';
import { BODY_WEIGHT, NAME_WEIGHTS, searchRole } from '@/lib/search-rank';
import { readFragment, searchVocabulary } from '@/lib/search-vocabulary';

describe('search markup', () => {
  const factBox =
    '<h1>Köping</h1><dl class="facts"><dt>Kommunkod</dt><dd>1983 </dd><dt> Förbund före 2024</dt>' +
    '<dd><a href="/forbund/vastra-malardalen/">Samordningsförbundet Västra Mälardalen</a></dd></dl><p>Köpings kommun är medlem.</p>';

  it('takes fact boxes out of the indexed text and gives their facts as sentences', () => {
    const { html, facts } = searchMarkup(factBox);
    expect(html).toContain('<dl class="facts" data-pagefind-ignore>');
    expect(html).toContain('<p>Köpings kommun är medlem.</p>');
    expect(facts).toEqual(['Kommunkod: 1983.', 'Förbund före 2024: Samordningsförbundet Västra Mälardalen.']);
  });

  it('handles every kind of fact box, and leaves other lists in the text', () => {
    const html = '<dl class="event-facts"><dt>Typ</dt><dd>beslut</dd></dl><dl class="source-facts x"><dt>Datum</dt><dd>2023</dd></dl>';
    expect(searchMarkup(html).facts).toEqual(['Typ: beslut.', 'Datum: 2023.']);
    const glossary = '<dl class="glossary"><dt id="finsam">Finsam</dt><dd>Kortform.</dd></dl>';
    expect(searchMarkup(glossary).html).not.toContain('data-pagefind-ignore');
  });

  it('keeps the words of adjacent terms, values, header cells and captions apart', () => {
    const { html } = searchMarkup(
      '<table><caption>Kommuner</caption><tr><th>Kommun</th><th>Kod</th></tr></table><dl><dt>Finsam</dt><dd>Kortform</dd></dl>',
    );
    expect(html).toContain('<caption>Kommuner </caption><tr><th>Kommun </th><th>Kod </th>');
    expect(html).toContain('<dt>Finsam </dt><dd>Kortform </dd>');
  });
});

describe('search roles', () => {
  it('names things and explanatory pages, keeps events to their titles, and halves sources and pages about the site', () => {
    expect(searchRole('kommun', '/kommuner/koping/')).toBe('named');
    expect(searchRole('sida', '/ekonomi/')).toBe('named');
    expect(searchRole('sida', '/om/')).toBe('named');
    expect(searchRole('händelse', '/tidslinje/x/')).toBe('event');
    expect(searchRole('källa', '/kallor/finsam-lagen/')).toBe('reference');
    expect(searchRole('sida', '/kallor/')).toBe('reference');
    expect(searchRole('sida', '/tillganglighet/')).toBe('reference');
    expect(searchRole('sida', '/om-webbplatsen/')).toBe('reference');
    expect(BODY_WEIGHT.reference).toBeLessThan(BODY_WEIGHT.named);
    expect(NAME_WEIGHTS.namn).toBeGreaterThan(NAME_WEIGHTS.vardagsord);
  });
});

describe('the vocabulary for the browser', () => {
  const page = (content: string, meta: Record<string, string> = {}) => ({ content, meta });

  it('reads a Pagefind fragment', () => {
    const file = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/a/', content: 'Köping.', meta: { title: 'Köping' } })}`));
    expect(readFragment(file)).toEqual({ url: '/a/', content: 'Köping.', meta: { title: 'Köping' } });
    expect(() => readFragment(gzipSync(Buffer.from('{}')))).toThrow();
  });

  it('lists the words of text and metadata once, the most widespread first, as the pages write them', () => {
    const vocabulary = searchVocabulary([
      page('Köping och Sala.', { title: 'Köping', ordled: 'kommun' }),
      page('Köping. Se https://www.example.org/sida och 004_78a23b57d0f8cbb1.txt.', { title: 'Sala' }),
    ]);
    expect(vocabulary.words.slice(0, 3)).toEqual(['Köping', 'och', 'Sala']);
    expect(vocabulary.pages.slice(0, 4)).toEqual([2, 2, 2, 1]);
    expect(vocabulary.words).toContain('kommun');
    expect(vocabulary.words.join(' ')).not.toMatch(/example|78a23b57d0f8cbb1|https|txt/);
  });

  it('maps the everyday words no page shows to the pages’ own words', () => {
    const vocabulary = searchVocabulary([page('Ett arbete.', { vardagsord: 'jobb knega' }), page('Jobb finns.', {})], {
      arbete: ['jobb', 'knega'],
    });
    expect(vocabulary.everyday).toEqual({ knega: ['arbete'] });
  });
});
