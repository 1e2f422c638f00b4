/**
 * Every built page in Chromium: no axe violations for WCAG 2.1 A/AA and 2.2 AA,
 * no console errors, no request to another origin, and the main content is there
 * with JavaScript turned off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { builtPages } from '../support/dist';

const pages = builtPages();
const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page in Chromium', () => {
  it(`passes axe, logs no errors and stays on its own origin (${pages.length} pages)`, async () => {
    const context = await browser.newContext();
    const failures: string[] = [];
    for (const { path } of pages) {
      const page = await context.newPage();
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      const expectedStatus = path === '404.html' ? 404 : 200;
      if (response?.status() !== expectedStatus) failures.push(`/${path}: HTTP ${response?.status()}`);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const violation of axe.violations) {
        const targets = violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
        failures.push(`/${path}: axe ${violation.id} (${violation.nodes.length}×): ${violation.help} → ${targets}`);
      }
      for (const error of errors) failures.push(`/${path}: console error: ${error}`);
      for (const url of foreign) failures.push(`/${path}: request to another origin: ${url}`);
      await page.close();
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  it('shows the main content with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const { path } of pages) {
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
