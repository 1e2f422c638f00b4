/**
 * Every built page, in one visit each in Chromium: the expected HTTP status
 * and a CSP header; the main content without JavaScript; then, after every
 * chart is drawn and the page is scrolled to the end, no axe violations for
 * WCAG 2.1 A/AA and 2.2 AA, no console or page errors, no request to another
 * origin and no Content-Security-Policy violation; then, at 320, 375 and 640 px
 * wide, no sideways scrolling, a header of at most 200 px at 375 × 800 and at
 * most one search landmark. Axe runs at the phone width, 375 × 800.
 */
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { builtPages } from '../support/dist';
import { auditInPage, instrument, MAX_HEADER_HEIGHT, measureLayout, REFLOW_VIEWPORTS } from '../support/page-checks';
import { inPool } from '../support/pool';

const NOT_FOUND_PATH = 'den-har-sidan-finns-inte/';
/** The 404 page is checked where a reader meets it: at an address that does not exist. */
const paths = builtPages().map(({ path }) => (path === '404.html' ? NOT_FOUND_PATH : path));
const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
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

/** Axe, the header and the search landmarks are checked at a phone's size (375 × 800). */
const PHONE = REFLOW_VIEWPORTS.find((v) => v.width === 375) ?? { width: 375, height: 800 };
const OTHERS = REFLOW_VIEWPORTS.filter((v) => v !== PHONE);

/**
 * The widths to measure a page at, starting from the one its tab is at (a
 * resize costs a relayout of the whole page): a tab at the phone size goes
 * 375 → 320 → 640 and is left at 640, so its next page goes 640 → 320 → 375.
 */
function widthsFrom(width: number | undefined): { width: number; height: number }[] {
  return width === PHONE.width ? [PHONE, ...OTHERS] : [...OTHERS].reverse().concat(PHONE);
}

/** Reflow and header at one width; the widths are WCAG 1.4.10's two phones and 1280 px at 200 %. */
async function reflowAt(page: Page, viewport: { width: number; height: number }): Promise<string[]> {
  const problems: string[] = [];
  const { overflow, header, searchLandmarks } = await measureLayout(page);
  if (overflow) problems.push(`scrolls sideways at ${viewport.width} px: ${overflow}`);
  if (viewport === PHONE && header > MAX_HEADER_HEIGHT)
    problems.push(`header is ${Math.round(header)} px tall at 375 × 800, more than ${MAX_HEADER_HEIGHT} px`);
  if (viewport === PHONE && searchLandmarks > 1) problems.push(`${searchLandmarks} search landmarks, at most one expected`);
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

  for (const viewport of widthsFrom(page.viewportSize()?.width)) {
    if (page.viewportSize()?.width !== viewport.width) await page.setViewportSize(viewport);
    if (viewport === PHONE) problems.push(...(await auditInPage(page)));
    problems.push(...(await reflowAt(page, viewport)));
  }
  page.off('console', onConsole).off('pageerror', onPageError).off('request', onRequest);
  return problems.map((problem) => `/${path}: ${problem}`);
}

/** Pages opened once and reused: a new page per address costs more than the visit itself. */
const TABS = 3;
/** A page whose checks have not finished by then is reported, and its tab replaced. */
const PAGE_TIMEOUT_MS = 60_000;

/** The page's problems, or a line saying that its checks did not finish in time. */
async function auditInTime(page: Page, path: string): Promise<{ problems: string[]; finished: boolean }> {
  const audit = auditPage(page, path);
  const late = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, PAGE_TIMEOUT_MS);
    const stop = () => clearTimeout(timer);
    audit.then(stop, stop);
  });
  const problems = await Promise.race([audit, late]);
  return problems
    ? { problems, finished: true }
    : { problems: [`/${path}: the checks did not finish within ${PAGE_TIMEOUT_MS / 1000} s`], finished: false };
}

describe('every page in Chromium', () => {
  it(`passes axe, logs no errors, stays on its own origin, keeps to its CSP and works without JavaScript, reflows at 320, 375 and 640 px with a short header (${paths.length} pages)`, async () => {
    const context = await browser().newContext({ viewport: PHONE });
    await instrument(context);
    const free = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    const problems = (
      await inPool(paths, TABS, async (path) => {
        const page = free.pop() as Page;
        const { problems, finished } = await auditInTime(page, path);
        free.push(finished ? page : await context.newPage());
        if (!finished) void page.close();
        return problems;
      })
    ).flat();
    await context.close();
    expect(problems).toEqual([]);
  });
});
