/**
 * Every built page, in one visit each in Chromium: the expected HTTP status
 * and a CSP header; the main content without JavaScript; then, after every
 * chart is drawn and the page is scrolled to the end, no axe violations for
 * WCAG 2.1 A/AA and 2.2 AA (on every page but most filter pages: see
 * axeSample), no console or page errors, no request to another
 * origin and no Content-Security-Policy violation; then, at 320, 375 and 640 px
 * wide, no sideways scrolling, a header of at most 200 px at 375 × 800 and at
 * most one search landmark.
 */
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { builtPages } from '../support/dist';
import { auditInPage, axeSample, instrument, MAX_HEADER_HEIGHT, measureLayout, REFLOW_VIEWPORTS } from '../support/page-checks';
import { inPool } from '../support/pool';

const NOT_FOUND_PATH = 'den-har-sidan-finns-inte/';
/** The 404 page is checked where a reader meets it: at an address that does not exist. */
const paths = builtPages().map(({ path }) => (path === '404.html' ? NOT_FOUND_PATH : path));
const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const withAxe = axeSample(paths);
const browser = useBrowser();

/**
 * The no-JS check reads the HTML the server sent in this same visit: for a
 * static page that HTML is what a reader without JavaScript gets. No style
 * waits for a script to reveal content (islands enhance markup that is already
 * there; `:defined` and the noscript sheet on /sok/ only hide the parts that
 * need JavaScript), so a second, script-less visit would show the same text.
 */
function withoutJavaScript(html: string): string[] {
  const main = parse(html, { blockTextElements: { script: true, style: true } }).querySelector('main');
  if (!main) return ['no <main> in the HTML'];
  for (const element of main.querySelectorAll('script, style, template, [hidden]')) element.remove();
  const problems: string[] = [];
  if (!main.querySelector('h1')?.text.trim()) problems.push('no h1 in main without JavaScript');
  const length = main.text.replace(/\s+/g, ' ').trim().length;
  if (length < 150) problems.push(`main has only ${length} characters without JavaScript`);
  return problems;
}

/** Pages open at a phone's size (375 × 800): axe, the header and the first reflow check run there. */
const PHONE = REFLOW_VIEWPORTS.find((v) => v.width === 375) ?? { width: 375, height: 800 };

/**
 * Reflow and header in the same visit: measured at the phone size the page
 * opened at, then at 320 and at 640 (1280 px at 200 %), then set back to the
 * phone size for the next page.
 */
async function reflow(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const order = [PHONE, ...REFLOW_VIEWPORTS.filter((v) => v !== PHONE)];
  for (const viewport of order) {
    if (viewport !== PHONE) await page.setViewportSize(viewport);
    const { overflow, header, searchLandmarks } = await measureLayout(page);
    if (overflow) problems.push(`scrolls sideways at ${viewport.width} px: ${overflow}`);
    if (viewport.width === 375 && header > MAX_HEADER_HEIGHT)
      problems.push(`header is ${Math.round(header)} px tall at 375 × 800, more than ${MAX_HEADER_HEIGHT} px`);
    if (viewport.width === 375 && searchLandmarks > 1) problems.push(`${searchLandmarks} search landmarks, at most one expected`);
  }
  await page.setViewportSize(PHONE);
  return problems;
}

async function auditPage(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const isNotFound = path === NOT_FOUND_PATH;
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (isNotFound && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  };
  page.on('console', onConsole).on('pageerror', onPageError).on('request', onRequest);

  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  const expected = isNotFound ? 404 : 200;
  if (response?.status() !== expected) problems.push(`HTTP ${response?.status()}, expected ${expected}`);
  if (!response?.headers()['content-security-policy']?.includes("default-src 'self'")) problems.push('no Content-Security-Policy header');
  problems.push(...withoutJavaScript((await response?.text()) ?? ''));

  problems.push(...(await auditInPage(page, { axe: withAxe.has(path) })));
  problems.push(...(await reflow(page)));
  page.off('console', onConsole).off('pageerror', onPageError).off('request', onRequest);
  return problems.map((problem) => `/${path}: ${problem}`);
}

/** Pages opened once and reused: a new page per address costs more than the visit itself. */
const TABS = 3;

describe('every page in Chromium', () => {
  it(`passes axe (${withAxe.size} pages), logs no errors, stays on its own origin, keeps to its CSP and works without JavaScript, reflows at 320, 375 and 640 px with a short header (${paths.length} pages)`, async () => {
    const context = await browser().newContext({ viewport: PHONE });
    await instrument(context);
    const free = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    const problems = (
      await inPool(paths, TABS, async (path) => {
        const page = free.pop() as Page;
        const found = await auditPage(page, path);
        free.push(page);
        return found;
      })
    ).flat();
    await context.close();
    expect(problems).toEqual([]);
  });
});
