/**
 * A keyboard-only user reaches every municipality from the home page map with
 * Tab and opens its page with Enter; the map shows where the focus is.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { contentIds } from '../support/content';

const baseUrl = inject('baseUrl');
/** The municipalities, by the file names that become their addresses. */
const MUNICIPALITY_IDS = contentIds('kommuner');
const browser = useBrowser();

/** What has the focus: for a link in the map, its name and the municipality id in its address. */
const focusedMapLink = () =>
  document.activeElement?.closest('svg') && document.activeElement instanceof SVGAElement
    ? {
        name: document.activeElement.getAttribute('aria-label'),
        id: /\/kommuner\/([a-z0-9-]+)\/$/.exec(document.activeElement.getAttribute('href') ?? '')?.[1] ?? null,
      }
    : null;

describe('home page map with the keyboard', () => {
  it('reaches every municipality in the map with Tab alone, and Enter opens its page', async () => {
    expect(MUNICIPALITY_IDS.length).toBeGreaterThan(0);
    const page = await browser().newPage();
    await page.goto(baseUrl);
    const reached = new Map<string, string>();
    let last: { name: string | null; id: string | null } | null = null;
    for (let presses = 0; presses < 100 && reached.size < MUNICIPALITY_IDS.length; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(focusedMapLink);
      if (focused?.id && focused.name) {
        reached.set(focused.id, focused.name);
        last = focused;
      }
    }
    expect([...reached.keys()].sort()).toEqual(MUNICIPALITY_IDS);
    // Every map link is named after its municipality (the name the page's heading carries).
    expect(new Set(reached.values()).size).toBe(MUNICIPALITY_IDS.length);

    // The focus is still on the last map link reached: Enter follows it.
    expect(await page.evaluate(focusedMapLink)).toEqual(last);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith(`/kommuner/${last?.id}/`));
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/kommuner/${last?.id}/$`));
    await expect.poll(() => page.locator('main h1').textContent()).toBe(last?.name);
    await page.close();
  });

  it('shows where the keyboard focus is on the map', async () => {
    const page = await browser().newPage();
    await page.goto(baseUrl);
    const path = page.locator('svg a').first().locator('path');
    const look = () => path.evaluate((p) => ({ fill: getComputedStyle(p).fill, stroke: getComputedStyle(p).strokeWidth }));
    const before = await look();
    // Tab until the first map link has the focus, so :focus-visible applies as for a keyboard user.
    for (let presses = 0; presses < 100; presses++) {
      await page.keyboard.press('Tab');
      if (
        await page
          .locator('svg a')
          .first()
          .evaluate((a) => a === document.activeElement)
      )
        break;
    }
    const after = await look();
    expect(after.fill).not.toBe(before.fill);
    expect(parseFloat(after.stroke)).toBeGreaterThan(parseFloat(before.stroke));
    await page.close();
  });
});
