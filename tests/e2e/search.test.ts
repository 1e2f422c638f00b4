/**
 * Search in Chromium against the built Pagefind index: filters without a
 * query, ?q= in the URL, "Visa fler träffar", the live region, "Menade du …?",
 * text fragments in result links, excerpts, axe, the keyboard and the search
 * without JavaScript. Which page each query finds is the query set's test
 * (search-queries.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { auditInPage, instrument } from '../support/page-checks';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  await instrument(context);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** The paths of the first `limit` results for a search typed into /sok/. */
async function search(params: Record<string, string>, limit = 5): Promise<string[]> {
  const query = new URLSearchParams(params).toString();
  await page.goto(new URL(`sok/?${query}`, baseUrl).href);
  await page.locator('site-search .status').filter({ hasText: /träff/ }).waitFor({ timeout: 10_000 });
  const hrefs = await page.locator('site-search .results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.slice(0, limit);
}

describe('search filters and URL', () => {
  it('shows the filters before anything is typed, and browses insatser in Köping without a query', async () => {
    await page.goto(new URL('sok/', baseUrl).href);
    await expect.poll(() => page.locator('#sok-typ').isVisible()).toBe(true);
    const all = await search({ typ: 'insats' }, 100);
    const koping = await search({ typ: 'insats', kommun: 'Köping' }, 100);
    expect(all.every((p) => p.startsWith('/insatser/'))).toBe(true);
    expect(koping).toContain('/insatser/klarframtid/');
    expect(koping.length).toBeLessThanOrEqual(all.length);
    expect(koping.every((p) => p.startsWith('/insatser/'))).toBe(true);
  });

  it('narrows a query by type', async () => {
    const any = await search({ q: 'Köping' }, 100);
    const events = await search({ q: 'Köping', typ: 'händelse' }, 100);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(any.length);
    expect(events.every((p) => p.startsWith('/tidslinje/'))).toBe(true);
    const dates = await page.locator('site-search .result-meta').allTextContents();
    expect(dates.every((d) => /^händelse · \S/.test(d))).toBe(true);
  });

  it('runs ?q= from the URL and keeps the query in the URL while typing', async () => {
    expect(await search({ q: 'Fagersta' })).toContain('/kommuner/fagersta/');
    await page.locator('#sok-fraga').fill('Sala');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Sala');
    await expect.poll(() => page.locator('site-search .results a').first().getAttribute('href')).toMatch(/\/kommuner\/sala\//);
  });

  it('"Visa fler träffar" shows the next results and moves focus to the first new one', async () => {
    await search({ q: 'förbund' });
    const links = page.locator('site-search .results > li h2 a');
    const before = await links.count();
    const more = page.getByRole('button', { name: 'Visa fler träffar' });
    expect(await more.isVisible(), 'a common word gives more than one page of results').toBe(true);
    await more.click();
    await expect.poll(() => links.count()).toBeGreaterThan(before);
    const firstNew = await links.nth(before).evaluate((a) => (a as HTMLAnchorElement).href);
    // Focus moves once the whole next page of results is in (they arrive one by one).
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(firstNew);
  });

  it('puts the list of all pages aside while results show, and brings it back when the query is cleared', async () => {
    await search({ q: 'Sala' });
    expect(await page.locator('.site-index').isVisible()).toBe(false);
    await page.locator('#sok-fraga').fill('');
    await expect.poll(() => page.locator('.site-index').isVisible()).toBe(true);
  });

  it('announces the number of results in a live region', async () => {
    await search({ q: 'likvidation' });
    const status = page.locator('site-search [role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^\d+ träff(ar)? för ”likvidation”\.$/);
    expect(await page.locator('site-search .results mark').count()).toBeGreaterThan(0);
  });

  it.each([
    ['kopings', '/kommuner/koping/'],
    ['vasteras', '/kommuner/vasteras/'],
    ['likvidation', '/tidslinje/2024-01-01-likvidation-vasteras-vastra-malardalen/'],
  ])('links "%s" to %s with a text fragment that the page’s own words match', async (q, expected) => {
    await search({ q }, 10);
    const link = page.locator(`site-search .results a[href^="${new URL(expected, baseUrl).pathname}"]`).first();
    const href = (await link.getAttribute('href')) ?? '';
    const [, directive = ''] = href.split('#:~:');
    const words = directive.split('&').map((d) => decodeURIComponent(d.replace(/^text=/, '')));
    expect(words.length).toBeGreaterThan(0);
    // Text fragments match whole words, ignoring case: each must stand on the target page as written.
    const target = await browser.newPage();
    await target.goto(new URL(expected, baseUrl).href);
    const text = (await target.locator('main').innerText()).toLocaleLowerCase('sv');
    await target.close();
    const escape = (w: string) => w.toLocaleLowerCase('sv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const word of words) expect(text).toMatch(new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}($|[^\\p{L}\\p{N}])`, 'u'));
  });

  it('without JavaScript, says search needs it and cannot show the query, hides the field and filters, and lists every page; with it, says nothing of the kind', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    // Where the header's search form leads: a static page cannot read ?q= without a script.
    await plain.goto(new URL('sok/?q=Köping', baseUrl).href);
    expect(await plain.locator('.no-js-note').isVisible()).toBe(true);
    expect(await plain.locator('.no-js-note').textContent()).toMatch(/behöver JavaScript.*inte heller visa vad du sökte på/s);
    expect(await plain.locator('#sok-fraga').isVisible()).toBe(false);
    expect(await plain.locator('#sok-typ').isVisible()).toBe(false);
    expect(await plain.locator('.site-index a').count()).toBeGreaterThan(80);
    await noJs.close();
    await page.goto(new URL('sok/', baseUrl).href);
    expect(await page.locator('#sok-typ').isVisible()).toBe(true);
    expect(await page.locator('.no-js-note').count()).toBe(0);
  });

  it('does not take a word the site does not use for the beginning of another, and offers the closest word as a link in the live region', async () => {
    await page.goto(new URL('sok/?q=kalle', baseUrl).href);
    const status = page.locator('site-search [role="status"]');
    // The index has the word in both cases ("Källa" and "källa"); either is the right offer.
    await expect.poll(() => status.textContent()).toMatch(/^Inga träffar för ”kalle”\. Menade du [Kk]älla\?$/);
    expect(await page.locator('site-search .results > li').count()).toBe(0);
    // The suggestion is a real link inside the polite live region, reached with the keyboard after the form.
    const offer = status.getByRole('link', { name: /^källa$/i });
    const word = (await offer.textContent()) ?? '';
    expect(await offer.getAttribute('href')).toMatch(new RegExp(`/sok/\\?q=${encodeURIComponent(word)}$`));
    expect(await auditInPage(page)).toEqual([]);
    await page.locator('site-search button[type="submit"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(word);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(word);
    await expect.poll(() => page.locator('#sok-fraga').inputValue()).toBe(word);
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^\\d+ träffar för ”${word}”\\.$`));
  });

  it('searches for the site’s word in place of a long misspelling, and says so', async () => {
    await search({ q: 'samordnigsförbund' });
    expect(await page.locator('site-search [role="status"]').textContent()).toMatch(
      /^Inga träffar för ”samordnigsförbund”\. Visar \d+ träffar för ”samordningsförbund”\.$/,
    );
    expect(await page.locator('site-search .results > li').count()).toBeGreaterThan(0);
  });

  it('links a glossary result to its term, and keeps source numbers and fact boxes out of excerpts', async () => {
    await search({ q: 'förbundschef' });
    const first = page.locator('site-search .results > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(/\/ordlista\/#forbundschef$/);
    expect(await first.locator('h2 a').textContent()).toBe('Förbundschef (Ordlista)');
    for (const q of ['förbundschef', 'Köping', 'likvidation', 'lösningsfokus']) {
      await search({ q });
      for (const excerpt of await page.locator('site-search .result-excerpt').allTextContents()) {
        expect(excerpt, q).not.toMatch(
          /\[\d+\]|Kommunkod\d|\d(?:Typ|Förbund|Upphörde|Säte)|(?:Sort\p{L}+|Status|Tid|Kommuner|Parter)Uppgift/u,
        );
      }
    }
  });

  it('with results and filters on the page, passes axe and keeps to the CSP', async () => {
    await search({ q: 'Köping', typ: 'händelse' });
    expect(await auditInPage(page)).toEqual([]);
  });

  it('works with the keyboard alone, with a visible focus at every step', async () => {
    await page.goto(new URL('sok/', baseUrl).href);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : null;
        return {
          id: el?.id ?? '',
          tag: el?.tagName ?? '',
          outline: style ? parseFloat(style.outlineWidth) : 0,
          href: el?.getAttribute('href') ?? '',
        };
      });
    await page.locator('#sok-fraga').focus();
    await page.keyboard.type('Kungsör');
    for (const expected of ['sok-typ', 'sok-kommun']) {
      await page.keyboard.press('Tab');
      const now = await focused();
      expect(now.id).toBe(expected);
      expect(now.outline).toBeGreaterThan(0);
    }
    await page.keyboard.press('Tab');
    const button = await focused();
    expect(button.tag).toBe('BUTTON');
    expect(button.outline).toBeGreaterThan(0);
    await page.locator('site-search .status').filter({ hasText: /träff/ }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Tab');
    const first = await focused();
    expect(first.tag).toBe('A');
    expect(first.outline).toBeGreaterThan(0);
    expect(first.href).toContain('/kommuner/kungsor/');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/kommuner/kungsor/'));
  });

  it('the header search form leads to the results', async () => {
    await page.goto(new URL('om/', baseUrl).href);
    await page.locator('#sok-sidhuvud').fill('Norberg');
    await page.locator('#sok-sidhuvud').press('Enter');
    await page.waitForURL(/\/sok\/\?q=Norberg/);
    await expect
      .poll(() => page.locator('site-search .results a').first().getAttribute('href'), { timeout: 10_000 })
      .toMatch(/\/kommuner\/norberg\//);
  });
});
