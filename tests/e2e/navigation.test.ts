/**
 * Page types at work in Chromium: timeline and insatser filters (plain links,
 * with and without JavaScript) and the print layout that prints citation URLs.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe.each([true, false])('filters with JavaScript %s', (javaScriptEnabled) => {
  it('the timeline narrows to the events of one municipality and back', async () => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(new URL('tidslinje/', baseUrl).href);
    const all = await page.locator('main ol.timeline > li').count();
    await page.getByRole('navigation', { name: 'Filtrera tidslinjen' }).getByRole('link', { name: 'Köping', exact: true }).click();
    await page.waitForURL(/\/tidslinje\/kommun\/koping\/$/);
    const koping = await page.locator('main ol.timeline > li').count();
    expect(koping).toBeGreaterThan(0);
    expect(koping).toBeLessThan(all);
    await expect.poll(() => page.locator('nav[aria-label="Filtrera tidslinjen"] a[aria-current="page"]').textContent()).toBe('Köping');
    await page.getByRole('link', { name: 'Visa alla' }).click();
    await page.waitForURL(/\/tidslinje\/$/);
    expect(await page.locator('main ol.timeline > li').count()).toBe(all);
    await context.close();
  });

  it('the insatser catalogue narrows by kind', async () => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(new URL('insatser/', baseUrl).href);
    const all = await page.locator('main section.kind li').count();
    await page
      .getByRole('navigation', { name: 'Filtrera insatserna' })
      .getByRole('link', { name: 'kompetensutveckling', exact: true })
      .click();
    await page.waitForURL(/\/insatser\/typ\/kompetensutveckling\/$/);
    const headings = await page.locator('main section.kind h2').allTextContents();
    expect(headings).toEqual(['Kompetensutveckling']);
    expect(await page.locator('main section.kind li').count()).toBeLessThan(all);
    await context.close();
  });
});

describe('print', () => {
  it('prints citations with their full address', async () => {
    const page = await browser().newPage();
    await page.goto(new URL('kommuner/koping/', baseUrl).href);
    await page.emulateMedia({ media: 'print' });
    const printed = await page
      .locator('sup.citation a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toMatch(/\/kallor\/[a-z0-9-]+\/\)"$/);
    expect(printed).toMatch(/^" \(https?:\/\//);
    expect(await page.locator('header nav').isVisible()).toBe(false);
    await page.close();
  });
});
