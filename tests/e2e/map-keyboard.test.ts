/**
 * A keyboard-only user reaches every municipality from the home page map and
 * opens its page with Enter.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const MUNICIPALITIES = ['Arboga', 'Fagersta', 'Hallstahammar', 'Kungsör', 'Köping', 'Norberg', 'Sala', 'Skinnskatteberg', 'Surahammar', 'Västerås'];
const browser = useBrowser();

describe('home page map with the keyboard', () => {
  it('reaches every municipality in the map with Tab, and Enter opens its page', async () => {
    const page = await browser().newPage();
    await page.goto(baseUrl);
    const reached = new Set<string>();
    for (let presses = 0; presses < 80 && reached.size < MUNICIPALITIES.length; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('svg') ? el.getAttribute('aria-label') : null;
      });
      if (focused) reached.add(focused);
    }
    expect([...reached].sort()).toEqual([...MUNICIPALITIES].sort());

    // Focus is now on the last map link reached; Enter follows it.
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(target).toMatch(/\/kommuner\/[a-z]+\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    await expect.poll(() => page.locator('main h1').textContent()).toBe([...reached].at(-1));
    await page.close();
  });

  it('shows where the keyboard focus is on the map', async () => {
    const page = await browser().newPage();
    await page.goto(baseUrl);
    const link = page.locator('svg a').first();
    await link.focus();
    const fill = await link.locator('path').evaluate((p) => getComputedStyle(p).fill);
    const normal = await page.locator('svg a').nth(1).locator('path').evaluate((p) => getComputedStyle(p).fill);
    expect(fill).not.toBe(normal);
    await page.close();
  });
});
