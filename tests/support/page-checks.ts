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

/** axe's violations on the page as it is now, one line each: rule, count, help and up to three targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => {
      const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
      return `axe ${v.id} (${v.nodes.length}×): ${v.help} → ${targets}`;
    });
  }, AXE_TAGS);
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
