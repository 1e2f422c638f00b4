/**
 * Served under a sub-path (BASE=/samordning/): search loads its index, finds
 * pages and links to them under the base, and charts still draw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticServer } from '../support/server';
import { BASE_PATH, buildUnderBase } from '../support/base-build';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDist(buildUnderBase(), BASE_PATH);
  browser = await launchBrowser();
}, 600_000); // It may wait for another step to finish the build (tests/support/base-build.ts).
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`the site under ${BASE_PATH}`, () => {
  it('search finds pages and its results open under the base path', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}sok/?q=K%C3%B6ping`);
    const first = page.locator('site-search .results a').first();
    await first.waitFor({ timeout: 10_000 });
    const hrefs = await page.locator('site-search .results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith(BASE_PATH))).toBe(true);
    expect(hrefs).toContain(`${BASE_PATH}kommuner/koping/`);
    await page.locator(`site-search .results a[href^="${BASE_PATH}kommuner/koping/"]`).first().click();
    await page.waitForURL((url) => url.pathname === `${BASE_PATH}kommuner/koping/`);
    expect(await page.locator('main h1').textContent()).toBe('Köping');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('charts load their code from under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}ekonomi/`);
    const chart = page.locator('contribution-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('');
    await page.close();
  });
});
