/**
 * Charts in Chromium: the canvas is drawn (non-blank pixels) once it scrolls
 * into view; the chart code is not fetched before that, and never on pages
 * without charts. On a phone (375 px) every label and value is drawn whole
 * inside the canvas, in the page's font; the space is reserved before drawing
 * (no layout shift); without JavaScript and in print only the table shows.
 * Reports the chart code's size (gzip) and the layout shift.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TextBox } from '@/components/diagram/render-chart';
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

/** Scrolls each chart on the page into view and waits until it is drawn. */
async function drawAll(page: Page) {
  const charts = page.locator('contribution-chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect.poll(() => charts.nth(i).getAttribute('data-drawn'), { timeout: 10_000 }).toBe('');
  }
  return count;
}

describe('charts on a phone', () => {
  it('at 375 px every label and value is drawn whole inside the canvas, in the page font, without overlaps', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 700 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(new URL('ekonomi/', baseUrl).href);
    const count = await drawAll(page);
    const pageFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    let checked = 0;
    for (let i = 0; i < count; i++) {
      const chart = page.locator('contribution-chart').nth(i);
      const { boxes, width, height, labels } = await chart.evaluate((el) => {
        const canvas = el.querySelector('canvas')!;
        return {
          boxes: (el as HTMLElement & { textBoxes: TextBox[] }).textBoxes,
          width: canvas.clientWidth,
          height: canvas.clientHeight,
          labels: (JSON.parse((el as HTMLElement).dataset.spec ?? '{}') as { labels: string[] }).labels,
        };
      });
      expect(width).toBeLessThanOrEqual(375);
      // Every word of every label is drawn.
      const drawn = boxes.map((b) => b.text).join(' ');
      for (const label of labels) for (const word of label.split(/\s+/)) expect(drawn).toContain(word);
      for (const box of boxes) {
        expect(box.left, `"${box.text}" starts inside the canvas`).toBeGreaterThanOrEqual(0);
        expect(box.right, `"${box.text}" ends inside the canvas (${width} px)`).toBeLessThanOrEqual(width);
        expect(box.top, `"${box.text}" inside the canvas`).toBeGreaterThanOrEqual(0);
        expect(box.bottom, `"${box.text}" inside the canvas (${height} px)`).toBeLessThanOrEqual(height);
        expect(box.font, 'the page font').toContain(pageFont);
        checked++;
      }
      for (const [a, b] of boxes.flatMap((a, k) => boxes.slice(k + 1).map((b) => [a, b] as const))) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `"${a.text}" and "${b.text}" overlap`).toBe(false);
      }
    }
    console.log(`Diagram vid 375 px: ${checked} texter i ${count} diagram ryms helt på duken, i sidans typsnitt (${pageFont}).`);
    await page.close();
  });

  it('reserves the space before drawing: no layout shift while the charts are drawn', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 700 } });
    // The page's scripts arrive a second late, as on a slow phone: the space must be there before they run.
    let releaseScripts = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node }[];
        })[])
          if (!entry.hadRecentInput)
            shifts.push({
              value: entry.value,
              sources: (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node))),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Module scripts run before DOMContentLoaded: wait for the parsed page instead, and its first paint.
    await page.goto(new URL('ekonomi/', baseUrl).href, { waitUntil: 'commit' });
    await page.locator('footer').waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => customElements.get('contribution-chart')), 'the chart script has not run yet').toBeUndefined();
    const reserved = await page
      .locator('contribution-chart .canvas-wrap')
      .evaluateAll((wraps) => wraps.map((w) => w.getBoundingClientRect().height));
    expect(
      reserved.every((h) => h > 50),
      `space reserved before the script runs: ${reserved.join(', ')} px`,
    ).toBe(true);
    releaseScripts();
    await page.waitForLoadState('load');
    await settled(page);
    await drawAll(page);
    await page.waitForTimeout(600);
    const drawnHeights = await page
      .locator('contribution-chart canvas')
      .evaluateAll((canvases) => canvases.map((c) => c.getBoundingClientRect().height));
    expect(drawnHeights).toEqual(reserved);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    console.log(`Layoutförskjutning (CLS) på /ekonomi/ vid 375 px medan diagrammen ritas: ${cls.toFixed(3)}`);
    expect(cls, JSON.stringify(shifts)).toBe(0);
    await page.close();
  });

  it('without JavaScript and in print, the table stands alone: no empty chart box', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 700 } });
    const noScript = await context.newPage();
    await noScript.goto(new URL('ekonomi/', baseUrl).href);
    expect(await noScript.locator('contribution-chart .canvas-wrap').first().isVisible()).toBe(false);
    expect(
      await noScript
        .locator('contribution-chart')
        .first()
        .evaluate((el) => el.getBoundingClientRect().height),
    ).toBe(0);
    expect(await noScript.locator('section.chart table').first().isVisible()).toBe(true);
    await context.close();

    const page = await browser().newPage({ viewport: { width: 375, height: 700 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(new URL('ekonomi/', baseUrl).href);
    await drawAll(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('contribution-chart canvas').first().isVisible()).toBe(false);
    const tables = page.locator('section.chart table');
    for (let i = 0; i < (await tables.count()); i++) expect(await tables.nth(i).isVisible()).toBe(true);
    await page.close();
  });
});
