/**
 * The query set (tests/e2e/search-queries.ts) typed into the field on /sok/ in
 * Chromium, one after the other, as a reader would: each query must have its
 * page among the first three results (or the first `within`, for two bare figures),
 * directly or through the page's "Menade du …?" link; each word in NOTHING must
 * find at most its few pages. Prints a table of hits and misses.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { instrument } from '../support/page-checks';
import { NOTHING, QUERIES, type QueryCase } from './search-queries';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  await instrument(context);
  page = await context.newPage();
  await page.goto(new URL('sok/', baseUrl).href);
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
});

interface Row {
  query: string;
  reader: string;
  kind: string;
  expected: string;
  top: string;
  outcome: string;
}
const rows: Row[] = [];

afterAll(async () => {
  await browser?.close();
  const hits = (kind: (r: Row) => boolean) => rows.filter((r) => kind(r) && r.outcome.startsWith('träff')).length;
  const isNothing = (r: Row) => r.kind === 'inget';
  const header = ['sökord', 'läsare', 'sort', 'väntad sida', 'de första träffarna', 'utfall'];
  const lines = rows.map((r) => [r.query, r.reader, r.kind, r.expected, r.top, r.outcome]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    [
      `\nSökningens frågor: ${hits((r) => !isNothing(r))} av ${QUERIES.length} träffar bland de tre första (två siffror bland de åtta första); ` +
        `ord som inte ska hitta något: ${hits(isNothing)} av ${NOTHING.length} utan träffar`,
      format(header),
      format(widths.map((w) => '-'.repeat(w))),
      ...lines.map(format),
    ].join('\n'),
  );
});

/** The status line once a search has finished; `before` is the line before it, which must change. */
async function settled(before = ''): Promise<string> {
  const status = page.locator('site-search .status');
  await expect.poll(async () => ((await status.textContent()) ?? '').trim(), { timeout: 10_000 }).toMatch(/träff/);
  if (before) await expect.poll(async () => (await status.textContent())?.trim(), { timeout: 10_000 }).not.toBe(before);
  return ((await status.textContent()) ?? '').trim();
}

/** The paths of the results on the page, in order. */
function resultPaths(): Promise<string[]> {
  return page.locator('site-search .results > li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

/** Types the query into the field in place of the last one; the status line is emptied first, so the next line is this query's. */
async function search(query: string): Promise<{ paths: string[]; status: string }> {
  await page.locator('site-search .status').evaluate((line) => line.replaceChildren());
  await page.locator('#sok-fraga').fill(query);
  const status = await settled();
  return { paths: status.startsWith('Inga träffar för') && !status.includes('Visar') ? [] : await resultPaths(), status };
}

const shortPath = (path: string) => path.replace(/^\/|\/$/g, '') || '/';

describe('the query set finds each page among the first three', () => {
  it.each(QUERIES.map((c) => [c.query, c] as const))('"%s"', async (_, c: QueryCase) => {
    const within = c.within ?? 3;
    const first = await search(c.query);
    let top = first.paths.slice(0, within);
    let outcome = top.some((p) => c.expected.includes(p)) ? 'träff' : 'miss';
    const offer = page.locator('site-search .status a');
    if (outcome === 'miss' && (await offer.count()) > 0) {
      const offered = (await offer.textContent()) ?? '';
      await offer.click();
      await settled(first.status);
      top = (await resultPaths()).slice(0, within);
      if (top.some((p) => c.expected.includes(p))) outcome = `träff via ”Menade du ${offered}?”`;
    }
    rows.push({
      query: c.query,
      reader: c.reader,
      kind: c.kind,
      expected: c.expected.map(shortPath).join(' eller ') + (within === 3 ? '' : ` (bland de ${within} första)`),
      top: top.map(shortPath).join(', ') || '–',
      outcome,
    });
    expect(outcome, `${c.query}: ${first.status} First ${within}: ${top.join(', ')}`).toMatch(/^träff/);
  });
});

describe('words the site does not use find little or nothing', () => {
  it.each(NOTHING.map((c) => [c.query, c] as const))('"%s"', async (_, c) => {
    const { status } = await search(c.query);
    const count = Number(/(\d+) träff/.exec(status)?.[1] ?? 0);
    rows.push({
      query: c.query,
      reader: '–',
      kind: 'inget',
      expected: c.atMost === 0 ? 'inga träffar' : `högst ${c.atMost}`,
      top: status,
      outcome: count <= c.atMost ? 'träff' : 'miss',
    });
    expect(count, `${c.query} (${c.why}): ${status}`).toBeLessThanOrEqual(c.atMost);
  });
});
