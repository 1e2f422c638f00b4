/**
 * Launches Debian's Chromium (or CHROME_PATH) through playwright-core. Playwright
 * gives every launch a fresh, empty profile directory of its own.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium({ install: false }),
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
    headless: true,
  });
}
