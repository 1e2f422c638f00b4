/**
 * Search on /sok/ in Chromium with the CPU slowed down 4×: the time from the
 * keystroke that completes a query to the first rendered result, and the bytes
 * fetched for it from /pagefind/ and /sok/ord.json (the index's words, src/lib/search-vocabulary.ts).
 *
 * - cold: a fresh /sok/ (which loads Pagefind once the page has loaded, before
 *   any key is pressed): this query's index chunks and result fragments are all fetched;
 * - warm: the same, after another search in the page, so chunks that query
 *   already fetched are reused.
 * The bytes /sok/ fetches as it opens (Pagefind's script, WebAssembly, entry and
 * filter files, and the index's words) are reported apart, once per page.
 *
 * The field searches at once when no search is running, so there is no timer in the time.
 * The query is put in the field except for its last character, which is pressed
 * as a real key; both timestamps are taken in the page (performance.now()).
 */
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../support/chromium.mjs';
import { summarize } from './stats.mjs';

export const QUERIES = [
  'Köping',
  'Arbetsförmedlingen',
  'lösningsfokus',
  'avsiktsförklaring',
  'interimistisk styrelse',
  'likvidationen',
  'vasteras',
  'samverkan medel',
  '2003:1210',
  'ordning',
];
const PRIMING_QUERY = 'förbund';
export const CPU_THROTTLING = 4;

/**
 * Installed in every page: arm() marks the results on screen; then the first
 * keydown or input event is the keystroke, and the animation frame after a
 * result appears that was not there at arm() is the first rendered result.
 */
function timingProbe() {
  const list = () => document.querySelector('site-search ol, ol[aria-label*="träff" i], [role="search"] ~ ol');
  const status = () => document.querySelector('site-search [role="status"], [role="status"]');
  const state = { armed: false, t0: null, t1: null, empty: false, before: new Set(), statusBefore: '' };
  state.arm = () => {
    Object.assign(state, { armed: true, t0: null, t1: null, empty: false });
    state.before = new Set(list()?.querySelectorAll('li') ?? []);
    state.statusBefore = status()?.textContent ?? '';
  };
  window.__searchBench = state;
  const markKey = () => {
    if (state.armed && state.t0 === null) state.t0 = performance.now();
  };
  document.addEventListener('keydown', markKey, true);
  document.addEventListener('input', markKey, true);
  const check = () => {
    if (!state.armed || state.t0 === null || state.t1 !== null) return;
    const fresh = [...(list()?.querySelectorAll('li') ?? [])].some((li) => !state.before.has(li));
    if (fresh) {
      requestAnimationFrame(() => {
        if (state.t1 === null) state.t1 = performance.now();
      });
      return;
    }
    const text = status()?.textContent ?? '';
    if (text !== state.statusBefore && /inga träffar/i.test(text)) {
      state.empty = true;
      state.t1 = performance.now();
    }
  };
  const watch = () => new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
}

/** The search field of the page itself (the site header may have one too). */
async function searchInput(page) {
  const inMain = page.getByRole('main').getByRole('searchbox');
  if ((await inMain.count()) >= 1) return inMain.first();
  const labelled = page.getByRole('main').getByLabel(/sök/i).and(page.locator('input'));
  if ((await labelled.count()) >= 1) return labelled.first();
  throw new Error('Search benchmark: no search field in the main content of /sok/ (looked for a searchbox, or an input labelled "Sök…").');
}

/** Types `query` into a fresh /sok/ (after `priming`, when given) and measures it. */
async function measureQuery(browser, url, query, priming) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.addInitScript(timingProbe);
    const fetched = [];
    let counting = false;
    let inFlight = 0;
    const isPagefind = (request) => {
      const path = new URL(request.url()).pathname;
      return path.includes('/pagefind/') || path.endsWith('/sok/ord.json');
    };
    page.on('request', (request) => {
      if (isPagefind(request)) inFlight++;
    });
    page.on('requestfailed', (request) => {
      if (isPagefind(request)) inFlight--;
    });
    page.on('requestfinished', async (request) => {
      if (!isPagefind(request)) return;
      const record = counting;
      const sizes = await request.sizes().catch(() => null);
      if (record) fetched.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
      inFlight--;
    });
    /** Waits until no /pagefind/ request has been under way for 500 ms. */
    const quiet = async () => {
      let calm = 0;
      while (calm < 500) {
        await page.waitForTimeout(100);
        calm = inFlight > 0 ? 0 : calm + 100;
      }
    };
    counting = true;
    await page.goto(url, { waitUntil: 'networkidle' });
    await quiet();
    counting = false;
    const loadBytes = fetched.splice(0).reduce((sum, f) => sum + f.bytes, 0);
    const input = await searchInput(page);

    const type = async (text) => {
      await page.evaluate(() => (window.__searchBench.armed = false));
      await input.evaluate(
        (el, value) => {
          el.value = value;
        },
        text.slice(0, -1),
      );
      await input.focus();
      await page.evaluate(() => window.__searchBench.arm());
      await page.keyboard.press(text.slice(-1));
      await page.waitForFunction(() => window.__searchBench.t1 !== null, null, { timeout: 60_000 });
      return page.evaluate(() => {
        const { t0, t1, empty } = window.__searchBench;
        return { t0, t1, empty };
      });
    };

    if (priming) {
      const primed = await type(priming);
      if (primed.empty) throw new Error(`Search benchmark: the priming query "${priming}" found nothing.`);
      await quiet();
    }
    counting = true;
    const state = await type(query);
    // Everything the query asked for has arrived once Pagefind's requests have stopped.
    await quiet();
    counting = false;
    const results = await page.locator('site-search ol li, ol[aria-label*="träff" i] li').count();
    const statusText =
      (await page
        .locator('main [role="status"]')
        .first()
        .textContent()
        .catch(() => '')) ?? '';
    const total = statusText.replace(/\s/g, '').match(/^(\d+)träff/);
    return {
      total: state.empty ? 0 : total ? Number(total[1]) : null,
      ms: state.t1 - state.t0,
      bytes: fetched.reduce((sum, f) => sum + f.bytes, 0),
      requests: fetched.length,
      loadBytes,
      results: state.empty ? 0 : results,
    };
  } finally {
    await context.close();
  }
}

export async function benchSearch({ baseUrl, chromePath, runs, log = console.log }) {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
    headless: true,
  });
  const url = new URL('sok/', baseUrl).href;
  const rows = QUERIES.map((query) => ({ query, cold: [], warm: [] }));
  const loads = [];
  try {
    for (let run = 1; run <= runs; run++) {
      log(`   run ${run}/${runs}`);
      loads.push(loadavg()[0]);
      for (const row of rows) {
        const cold = await measureQuery(browser, url, row.query);
        const warm = await measureQuery(browser, url, row.query, PRIMING_QUERY);
        row.cold.push(cold);
        row.warm.push(warm);
        log(
          `    ${row.query.padEnd(24)} cold ${cold.ms.toFixed(0)} ms, ${(cold.bytes / 1024).toFixed(0)} KiB · warm ${warm.ms.toFixed(0)} ms, ${(warm.bytes / 1024).toFixed(1)} KiB · ${cold.results} shown`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  const sum = (runsOf, key) => summarize(runsOf.map((r) => r[key]));
  return {
    cpuThrottling: CPU_THROTTLING,
    runs,
    primingQuery: PRIMING_QUERY,
    loadBefore: summarize(loads),
    bytesNote:
      'response bodies plus headers of requests for /pagefind/ and /sok/ord.json, as served by tests/support/server.ts (brotli for Pagefind’s script and WebAssembly and for the words list; Pagefind’s index and fragment files are gzip-compressed by Pagefind itself)',
    pageLoadBytes: summarize(rows.flatMap((row) => row.cold.map((r) => r.loadBytes))),
    targetMs: 300,
    queries: rows.map((row) => ({
      query: row.query,
      resultsShown: row.cold[0]?.results ?? 0,
      resultsTotal: row.cold[0]?.total ?? null,
      cold: {
        ms: sum(row.cold, 'ms'),
        bytes: sum(row.cold, 'bytes'),
        requests: sum(row.cold, 'requests'),
        pageLoadBytes: sum(row.cold, 'loadBytes'),
      },
      warm: { ms: sum(row.warm, 'ms'), bytes: sum(row.warm, 'bytes'), requests: sum(row.warm, 'requests') },
    })),
  };
}
