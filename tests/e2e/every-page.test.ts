/**
 * Every built page in Chromium: no axe violations for WCAG 2.1 A/AA and 2.2 AA,
 * no console errors, no request to another origin, and the main content is there
 * with JavaScript turned off.
 */
import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { builtPages } from '../support/dist';
import { inPool } from '../support/pool';

const NOT_FOUND_PATH = 'den-har-sidan-finns-inte/';
/** The 404 page is checked where a reader meets it: at an address that does not exist. */
const paths = builtPages().map(({ path }) => (path === '404.html' ? NOT_FOUND_PATH : path));
const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const browser = useBrowser();

async function auditPage(context: BrowserContext, path: string): Promise<string[]> {
  const failures: string[] = [];
  const page = await context.newPage();
  const isNotFound = path === NOT_FOUND_PATH;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (isNotFound && /status of 404/.test(message.text())) return;
    failures.push(`/${path}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => failures.push(`/${path}: page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      failures.push(`/${path}: request to another origin: ${request.url()}`);
    }
  });
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  const expected = isNotFound ? 404 : 200;
  if (response?.status() !== expected) failures.push(`/${path}: HTTP ${response?.status()}, expected ${expected}`);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  for (const violation of axe.violations) {
    const targets = violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
    failures.push(`/${path}: axe ${violation.id} (${violation.nodes.length}×): ${violation.help} → ${targets}`);
  }
  await page.close();
  return failures;
}

describe('every page in Chromium', () => {
  it(`passes axe, logs no errors and stays on its own origin (${paths.length} pages)`, async () => {
    const context = await browser().newContext();
    const failures = (await inPool(paths, 3, (path) => auditPage(context, path))).flat();
    await context.close();
    expect(failures).toEqual([]);
  });

  it('shows the main content with JavaScript turned off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, baseUrl).href);
      const heading = (await page.locator('main h1').first().textContent({ timeout: 2000 }).catch(() => null))?.trim();
      const text = (await page.locator('main').innerText()).trim();
      if (!heading) failures.push(`/${path}: no h1 in main`);
      if (text.length < 150) failures.push(`/${path}: main has only ${text.length} characters without JavaScript`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});
