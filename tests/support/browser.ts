/**
 * Launches Debian's Chromium (or CHROME_PATH) through playwright-core. Playwright
 * gives every launch a fresh, empty profile directory of its own.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium({ install: false }),
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
    headless: true,
  });
}

/** One browser for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet.');
    return browser;
  };
}
