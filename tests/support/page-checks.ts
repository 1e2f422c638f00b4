/**
 * In-page checks for the browser tests: axe-core and a recorder of
 * Content-Security-Policy violations, both added to every page of a context
 * before its own scripts run (init scripts are not subject to the page's CSP).
 */
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

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

/** Adds axe-core and the CSP recorder to every page the context opens from now on. */
export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
  await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
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
 * lets the page settle, then runs axe. Returns one line per problem: a chart
 * not drawn, an axe violation (rule, count, help, up to three targets) or a
 * CSP violation reported since the page started loading.
 */
export async function auditInPage(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
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
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    for (const v of violations) {
      const targets = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ');
      problems.push(`axe ${v.id} (${v.nodes.length}×): ${v.help} → ${targets}`);
    }
    return [...problems, ...window.__cspViolations.map((v) => `CSP violation: ${v}`)];
  }, AXE_TAGS);
}
