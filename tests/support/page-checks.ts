/**
 * In-page checks for the browser tests: a recorder of Content-Security-Policy
 * violations, added to every page of a context before its own scripts run
 * (init scripts are not subject to the page's CSP), and axe-core, evaluated in
 * a page only when axe is to run there (evaluation from the test is not
 * subject to the CSP either; parsing axe on every page would cost more than
 * many of the pages themselves).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA and 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global {
  interface Window {
    axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    __cspViolations: string[];
  }
}

const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
  });
`;

/** Adds the CSP recorder to every page the context opens from now on. */
export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
}

/** Puts axe-core into the page unless it is there already. */
async function withAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** The CSP violations the page has reported since it started loading. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations);
}

/**
 * Resolves once the page's deferred work has had its turn: islands start at
 * the first idle moment after load (idle callbacks run in the order they were
 * asked for), and intersection observers report within the next frames.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))),
  );
}

/**
 * One round trip into an instrumented page: brings each chart into view and
 * waits (frame by frame, at most 10 s) until it is drawn, scrolls to the end,
 * lets the page settle, then runs axe (unless `axe` is false). Returns one line per problem: a chart
 * not drawn, an axe violation (rule, count, help, up to three targets) or a
 * CSP violation reported since the page started loading.
 */
export async function auditInPage(page: Page, { axe = true } = {}): Promise<string[]> {
  if (axe) await withAxe(page);
  return page.evaluate(
    async ({ tags, axe }) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const problems: string[] = [];
      const charts = [...document.querySelectorAll('contribution-chart')];
      for (const [index, chart] of charts.entries()) {
        chart.scrollIntoView();
        const until = performance.now() + 10_000;
        while (!chart.hasAttribute('data-drawn') && performance.now() < until) await frame();
        if (!chart.hasAttribute('data-drawn')) problems.push(`chart ${index + 1} is not drawn after scrolling to it`);
      }
      window.scrollTo(0, document.body.scrollHeight);
      await new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
      await frame();
      await frame();
      const { violations } = axe
        ? await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        : { violations: [] };
      for (const v of violations) {
        const targets = v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ');
        problems.push(`axe ${v.id} (${v.nodes.length}×): ${v.help} → ${targets}`);
      }
      return [...problems, ...window.__cspViolations.map((v) => `CSP violation: ${v}`)];
    },
    { tags: AXE_TAGS, axe },
  );
}

/**
 * Reflow widths (WCAG 1.4.10): two phones, and 1280 CSS px at 200 % text size,
 * which lays the page out in a 640 CSS px viewport (1280 × 720 zoomed to 640 × 360).
 */
export const REFLOW_VIEWPORTS = [
  { width: 320, height: 800 },
  { width: 375, height: 800 },
  { width: 640, height: 360 },
] as const;
/** The header may take at most a quarter of a 375 × 800 phone screen. */
export const MAX_HEADER_HEIGHT = 200;

/**
 * Measures the page at the current viewport: whether it scrolls sideways (and,
 * if so, which element sticks out furthest, by a short selector), the height of
 * the site header and the number of search landmarks.
 */
export async function measureLayout(page: Page): Promise<{ overflow?: string; header: number; searchLandmarks: number }> {
  return page.evaluate(async () => {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const root = document.documentElement;
    const header = document.querySelector('.site-header') ?? document.querySelector('header');
    const result: { overflow?: string; header: number; searchLandmarks: number } = {
      header: header?.getBoundingClientRect().height ?? 0,
      searchLandmarks: document.querySelectorAll('[role=search], search').length,
    };
    if (root.scrollWidth <= innerWidth) return result;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const name = (el: Element) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
    let worst: Element | undefined;
    let worstRight = innerWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const right = el.getBoundingClientRect().right + scrollX;
      // The deepest of equally wide elements is the one that pushes its ancestors out.
      if (right > worstRight + 0.5 || (worst && right >= worstRight - 0.5 && worst.contains(el))) {
        if (clipped(el)) continue;
        worst = el;
        worstRight = Math.max(right, worstRight);
      }
    }
    // Or text that overflows its box (a long word): the deepest element whose content is wider than it.
    if (!worst) {
      for (const el of document.body.querySelectorAll('*')) {
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && !clipped(el)) worst = el;
      }
    }
    const path: string[] = [];
    for (let el: Element | null = worst ?? null; el && el !== document.body && path.length < 3; el = el.parentElement)
      path.unshift(name(el));
    result.overflow = `${root.scrollWidth} px wide in ${innerWidth} px; widest: ${path.join(' > ') || 'unknown'} (${Math.round(Math.max(worstRight, worst ? worst.getBoundingClientRect().left + worst.scrollWidth : 0))} px)`;
    return result;
  });
}
