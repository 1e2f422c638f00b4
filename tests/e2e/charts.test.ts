/**
 * Charts in Chromium: the canvas is drawn (non-blank pixels) once it scrolls
 * into view; the chart code is not fetched before that, and never on pages
 * without charts. Reports the chart code's size (gzip).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { contentIds } from '../support/content';
import { DIST } from '../support/dist';
import { settled } from '../support/page-checks';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const isChartCode = (url: string) => /\/_astro\/render-chart\.[\w-]+\.js$/.test(url);

async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });
}

describe('charts', () => {
  it('reports the size of the chart code', () => {
    const file = readdirSync(join(DIST, '_astro')).find((f) => isChartCode(`/_astro/${f}`));
    expect(file).toBeDefined();
    const gzip = gzipSync(readFileSync(join(DIST, '_astro', file ?? '')), { level: 9 }).length;
    console.log(`Diagramkoden (Chart.js med bara stapeldiagram): ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThanOrEqual(60 * 1024);
  });

  it('loads the chart code only when a chart nears the viewport, then draws it', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 700 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(new URL('ekonomi/', baseUrl).href, { waitUntil: 'load' });
    await settled(page);
    const last = page.locator('contribution-chart').last();
    // The last chart is far below the first screen: nothing of it is drawn yet.
    expect(await last.getAttribute('data-drawn')).toBeNull();
    await page.goto('about:blank');

    const fresh = await browser().newPage({ viewport: { width: 390, height: 300 } });
    const seen: string[] = [];
    fresh.on('request', (request) => seen.push(request.url()));
    await fresh.goto(new URL('kommuner/koping/', baseUrl).href, { waitUntil: 'load' });
    await settled(fresh);
    expect(seen.filter(isChartCode), 'chart code before scrolling').toEqual([]);
    await fresh.locator('contribution-chart').first().scrollIntoViewIfNeeded();
    await expect.poll(() => fresh.locator('contribution-chart').first().getAttribute('data-drawn'), { timeout: 10_000 }).toBe('');
    expect(seen.filter(isChartCode)).toHaveLength(1);
    // The bars grow in an animation: wait until enough of them is painted.
    await expect.poll(() => paintedPixels(fresh, 'contribution-chart canvas'), { timeout: 10_000 }).toBeGreaterThan(500);
    await fresh.close();
    await page.close();
    expect(requested.filter(isChartCode).length).toBeLessThanOrEqual(1);
  });

  it('draws every chart on /ekonomi/ after scrolling, with an accessible name', async () => {
    const page = await browser().newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(new URL('ekonomi/', baseUrl).href);
    const charts = page.locator('contribution-chart');
    const count = await charts.count();
    // One chart per data series in content/bidrag/.
    expect(count).toBe(contentIds('bidrag').length);
    for (let i = 0; i < count; i++) {
      await charts.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => charts.nth(i).getAttribute('data-drawn'), { timeout: 10_000 }).toBe('');
      const canvas = charts.nth(i).locator('canvas');
      expect(await canvas.getAttribute('role')).toBe('img');
      expect(await canvas.getAttribute('aria-label')).toMatch(/^Stapeldiagram: /);
      expect(await paintedPixels(page, `contribution-chart >> nth=${i} >> canvas`)).toBeGreaterThan(500);
    }
    await page.close();
  });

  it('requests no chart code on a page without charts', async () => {
    const page = await browser().newPage();
    const seen: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    await page.goto(new URL('om/', baseUrl).href, { waitUntil: 'load' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settled(page);
    expect(seen.filter((url) => url.endsWith('.js'))).toEqual([]);
    await page.close();
  });
});
