/**
 * Quiet citations on a phone (issue 14, point 3): on the Köping page and /ekonomi/ at 320 and
 * 375 px, no citation marker (text, fact box, chart source) starts a line box and none leaves the punctuation
 * after it alone on the next line; grouped markers name each of their sources;
 * every marker link is a 24 × 24 px target (or spaced as WCAG 2.5.8 allows);
 * and citation links are a minority of the page's tab stops.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const PATH = 'kommuner/koping/';

/** Köping has prose, a fact box and lists; /ekonomi/ has the charts' "Källa:" lines. */
const LINE_PATHS = [PATH, 'ekonomi/', 'forbund/norra-vastmanland/', 'insatser/samverkansmedel/'];

async function open(width: number, path = PATH): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height: 800 } });
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

/** Markers that start a line, or whose following punctuation starts one, described for the failure message. */
function lineBreakProblems(): string[] {
  const problems: string[] = [];
  const BLOCK = 'p, li, td, th, dd, dt, figcaption, caption, h1, h2, h3, h4, h5, h6';
  /** The text character next to `sup` in its block (before or after), skipping white space only when before. */
  const neighbour = (sup: Element, after: boolean): Range | null => {
    const block = sup.closest(BLOCK);
    if (!block) return null;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!sup.contains(n)) texts.push(n as Text);
    const side = texts.filter(
      (t) => (sup.compareDocumentPosition(t) & (after ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING)) !== 0,
    );
    const range = document.createRange();
    if (after) {
      const t = side.find((x) => x.data.length > 0);
      if (!t) return null;
      range.setStart(t, 0);
      range.setEnd(t, 1);
    } else {
      const t = side.reverse().find((x) => /\S/.test(x.data));
      if (!t) return null;
      const end = t.data.trimEnd().length;
      range.setStart(t, end - 1);
      range.setEnd(t, end);
    }
    return range;
  };
  for (const sup of document.querySelectorAll('main sup.citation')) {
    const marker = sup.getClientRects();
    const first = marker[0];
    const last = marker[marker.length - 1];
    const label = `${sup.closest('p, li')?.textContent?.slice(0, 60) ?? ''} … ${sup.textContent}`;
    if (marker.length !== 1) problems.push(`marker on ${marker.length} lines: ${label}`);
    const before = neighbour(sup, false)?.getBoundingClientRect();
    if (!before) problems.push(`marker first in its block: ${label}`);
    else if (first.left < before.right - 1 || first.top >= before.bottom) problems.push(`marker starts a line: ${label}`);
    const afterRange = neighbour(sup, true);
    if (afterRange && /^[.,:;!?)]/.test(afterRange.toString())) {
      const after = afterRange.getBoundingClientRect();
      if (after.left < last.right - 1 || after.top >= last.bottom)
        problems.push(`"${afterRange.toString()}" alone after a marker: ${label}`);
    }
  }
  return problems;
}

/** Every citation link: its accessible name, number, group size and box. */
function citationLinks() {
  return [...document.querySelectorAll<HTMLAnchorElement>('main sup.citation a')].map((a) => {
    const r = a.getBoundingClientRect();
    return {
      name: a.getAttribute('aria-label') ?? a.textContent ?? '',
      text: a.textContent?.trim() ?? '',
      group: a.closest('sup')?.querySelectorAll('a').length ?? 0,
      box: { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height },
    };
  });
}

/** Tab stops in document order (what Tab reaches), and how many are citation links. */
function tabStops() {
  const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
    (el) => el.tabIndex >= 0 && !el.hasAttribute('disabled') && el.getClientRects().length > 0 && !el.closest('[inert], [hidden]'),
  );
  return { total: stops.length, citations: stops.filter((el) => el.closest('sup.citation')).length };
}

describe(`citation markers on /${PATH}`, () => {
  for (const width of [320, 375]) {
    for (const path of LINE_PATHS)
      it(`at ${width} px on /${path}: no marker starts a line or leaves punctuation alone on the next`, async () => {
        const page = await open(width, path);
        expect(await page.locator('main sup.citation').count()).toBeGreaterThan(3);
        expect(await page.evaluate(lineBreakProblems)).toEqual([]);
        await page.close();
      });

    it(`at ${width} px: every marker link names its source and is a 24 × 24 px target or spaced per WCAG 2.5.8`, async () => {
      const page = await open(width);
      const links = await page.evaluate(citationLinks);
      expect(links.some((l) => l.group > 1)).toBe(true);
      for (const link of links) expect(link.name).toMatch(new RegExp(`^Källa ${link.text}: \\S`));
      const small = links.filter((l) => l.box.w < 24 || l.box.h < 24);
      // Spacing exception: a 24 px circle around an undersized target meets no other target's centre circle.
      for (const s of small) {
        for (const o of links) if (o !== s) expect(Math.hypot(o.box.x - s.box.x, o.box.y - s.box.y)).toBeGreaterThanOrEqual(24);
      }
      await page.close();
    });
  }

  it('keeps citation links a minority of the tab stops, and each group one marker', async () => {
    const page = await open(375);
    const stops = await page.evaluate(tabStops);
    console.log(`/${PATH}: ${stops.total} tab stops, ${stops.citations} of them citation links`);
    expect(stops.citations * 2).toBeLessThan(stops.total);
    // Two markers never stand side by side: neighbouring citations are one group.
    const adjacent = await page.evaluate(
      () =>
        [...document.querySelectorAll('main sup.citation')].filter(
          (s) => s.nextSibling instanceof Element && s.nextSibling.matches('sup.citation'),
        ).length,
    );
    expect(adjacent).toBe(0);
    await page.close();
  });
});
