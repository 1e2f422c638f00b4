/**
 * Page types at work in Chromium: timeline and insatser filters (plain links
 * that combine, mark the current choices and land on the results, with and
 * without JavaScript), the timeline's list of years, and the print layout that
 * prints citation URLs.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Whether the element's top is on the upper part of the screen (a half, unless told): the reader has landed there. */
const landedOn = (page: Page, selector: string, part = 0.5) =>
  page.locator(selector).evaluate((el, share) => {
    const { top } = el.getBoundingClientRect();
    // -1: a fractional pixel above the top still counts as at the top.
    return top >= -1 && top < window.innerHeight * share;
  }, part);

const currentChoices = (page: Page, nav: string) => page.locator(`nav[aria-label="${nav}"] a[aria-current="page"]`).allTextContents();

describe.each([true, false])('filters with JavaScript %s', (javaScriptEnabled) => {
  it('the timeline narrows to the events of one municipality and back', async () => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(new URL('tidslinje/', baseUrl).href);
    const all = await page.locator('main ol.timeline > li').count();
    // Nothing chosen: "Visar alla" and every group's "Alla …" are the current choices.
    expect(await currentChoices(page, 'Filtrera tidslinjen')).toEqual(['Visar alla', 'Alla typer', 'Alla kommuner', 'Alla parter']);
    await page.getByRole('navigation', { name: 'Filtrera tidslinjen' }).getByRole('link', { name: 'Köping', exact: true }).click();
    await page.waitForURL(/\/tidslinje\/kommun\/koping\/#resultat$/);
    const koping = await page.locator('main ol.timeline > li').count();
    expect(koping).toBeGreaterThan(0);
    expect(koping).toBeLessThan(all);
    await expect.poll(() => currentChoices(page, 'Filtrera tidslinjen')).toEqual(['Alla typer', 'Köping', 'Alla parter']);
    await page.getByRole('link', { name: 'Visa alla' }).click();
    await page.waitForURL(/\/tidslinje\/#resultat$/);
    expect(await page.locator('main ol.timeline > li').count()).toBe(all);
    await context.close();
  });

  it('the timeline combines a kind and a municipality and lands on the results', async () => {
    const context = await browser().newContext({ javaScriptEnabled, viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    await page.goto(new URL('tidslinje/', baseUrl).href);
    const filters = page.getByRole('navigation', { name: 'Filtrera tidslinjen' });
    await filters.getByRole('link', { name: 'möte', exact: true }).click();
    await page.waitForURL(/\/tidslinje\/typ\/mote\/#resultat$/);
    const meetings = await page.locator('main ol.timeline > li').count();
    await filters.getByRole('link', { name: 'Köping', exact: true }).click();
    await page.waitForURL(/\/tidslinje\/typ\/mote\/kommun\/koping\/#resultat$/);
    const both = await page.locator('main ol.timeline > li').count();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThanOrEqual(meetings);
    await expect.poll(() => currentChoices(page, 'Filtrera tidslinjen')).toEqual(['möte', 'Köping', 'Alla parter']);
    // The reader lands on the results heading, below the filters, not at the top of the page.
    expect(await page.locator('#resultat').textContent()).toMatch(/^\d+ händelser?: möte och Köping$/);
    await expect.poll(() => landedOn(page, '#resultat')).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // "Alla typer" keeps the municipality.
    await filters.getByRole('link', { name: 'Alla typer', exact: true }).click();
    await page.waitForURL(/\/tidslinje\/kommun\/koping\/#resultat$/);
    await context.close();
  });

  it('the timeline has a list of years that jumps to each year', async () => {
    const context = await browser().newContext({ javaScriptEnabled, viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    await page.goto(new URL('tidslinje/', baseUrl).href);
    const years = page.getByRole('navigation', { name: 'Hoppa till år' }).getByRole('link');
    const labels = await years.allTextContents();
    expect(labels.length).toBeGreaterThan(1);
    expect(labels).toEqual(await page.locator('main section > h2[id^="ar-"]').allTextContents());
    const last = labels.at(-1) ?? '';
    await years.last().click();
    await page.waitForURL(new RegExp(`#ar-${last}$`));
    // The last year is near the end of the page, which cannot scroll further: it is on the screen.
    await expect.poll(() => landedOn(page, `#ar-${last}`, 0.9)).toBe(true);
    await years.first().click();
    await page.waitForURL(new RegExp(`#ar-${labels[0]}$`));
    await expect.poll(() => landedOn(page, `#ar-${labels[0]}`)).toBe(true);
    await context.close();
  });

  it('the insatser catalogue narrows by kind, then by municipality', async () => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(new URL('insatser/', baseUrl).href);
    const all = await page.locator('main section.kind li').count();
    const filters = page.getByRole('navigation', { name: 'Filtrera insatserna' });
    await filters.getByRole('link', { name: 'kompetensutveckling', exact: true }).click();
    await page.waitForURL(/\/insatser\/typ\/kompetensutveckling\/#resultat$/);
    const headings = await page.locator('main section.kind h2').allTextContents();
    expect(headings).toEqual(['Kompetensutveckling']);
    const kind = await page.locator('main section.kind li').count();
    expect(kind).toBeLessThan(all);
    await filters.getByRole('link', { name: 'Köping', exact: true }).click();
    await page.waitForURL(/\/insatser\/typ\/kompetensutveckling\/kommun\/koping\/#resultat$/);
    expect(await page.locator('main section.kind h2').allTextContents()).toEqual(['Kompetensutveckling']);
    expect(await page.locator('main section.kind li').count()).toBeLessThanOrEqual(kind);
    expect(await currentChoices(page, 'Filtrera insatserna')).toEqual(['kompetensutveckling', 'Köping', 'Alla parter']);
    await context.close();
  });
});

describe('print', () => {
  it('prints each source address once, in the list of sources, and no navigation', async () => {
    const page = await browser().newPage();
    await page.goto(new URL('kommuner/koping/', baseUrl).href);
    await page.emulateMedia({ media: 'print' });
    const afterMarker = await page
      .locator('sup.citation a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(afterMarker).not.toMatch(/https?:\/\//);
    const printed = await page
      .locator('.citations a[data-print-url]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toMatch(/\/kallor\/[a-z0-9-]+\/\)"$/);
    expect(printed).toMatch(/^" \(https?:\/\//);
    expect(await page.locator('header nav').isVisible()).toBe(false);
    await page.close();
  });
});
