/**
 * Search on /sok/ in Chromium with the CPU slowed down 4×: the time from the
 * keystroke that completes a query to the first rendered result, and the bytes
 * fetched from /pagefind/ for it.
 *
 * - cold: a fresh page, so the query also loads Pagefind (it is loaded on demand);
 * - warm: the same, after another search has loaded Pagefind, so only this
 *   query's index chunks and fragments are fetched.
 *
 * The time includes the search field's debounce (it waits for a pause in typing).
 * The query is put in the field except for its last character, which is pressed
 * as a real key; both timestamps are taken in the page (performance.now()).
 */
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

async function searchInput(page) {
  const byRole = page.getByRole('searchbox', { name: /sök/i });
  if ((await byRole.count()) === 1) return byRole;
  const byLabel = page.getByLabel(/sök/i).and(page.locator('input'));
  if ((await byLabel.count()) >= 1) return byLabel.first();
  throw new Error('Search benchmark: no search field on /sok/ (looked for a searchbox or an input labelled "Sök…").');
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
    page.on('requestfinished', async (request) => {
      if (!counting || !new URL(request.url()).pathname.includes('/pagefind/')) return;
      const sizes = await request.sizes().catch(() => null);
      fetched.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const input = await searchInput(page);

    const type = async (text) => {
      await page.evaluate(() => (window.__searchBench.armed = false));
      await input.evaluate((el, value) => {
        el.value = value;
      }, text.slice(0, -1));
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
      await page.waitForLoadState('networkidle');
    }
    counting = true;
    const state = await type(query);
    // Everything the query asked for has arrived once the network is quiet again.
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    counting = false;
    const results = await page.locator('site-search ol li, ol[aria-label*="träff" i] li').count();
    return {
      ms: state.t1 - state.t0,
      bytes: fetched.reduce((sum, f) => sum + f.bytes, 0),
      requests: fetched.length,
      results: state.empty ? 0 : results,
    };
  } finally {
    await context.close();
  }
}

export async function benchSearch({ baseUrl, chromePath, runs, log = console.log }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS.filter((a) => a !== '--headless'), headless: true });
  const url = new URL('sok/', baseUrl).href;
  const rows = QUERIES.map((query) => ({ query, cold: [], warm: [] }));
  try {
    for (let run = 1; run <= runs; run++) {
      log(`   run ${run}/${runs}`);
      for (const row of rows) {
        const cold = await measureQuery(browser, url, row.query);
        const warm = await measureQuery(browser, url, row.query, PRIMING_QUERY);
        row.cold.push(cold);
        row.warm.push(warm);
        log(`    ${row.query.padEnd(24)} cold ${cold.ms.toFixed(0)} ms, ${(cold.bytes / 1024).toFixed(0)} KiB · warm ${warm.ms.toFixed(0)} ms, ${(warm.bytes / 1024).toFixed(1)} KiB · ${cold.results} shown`);
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
    bytesNote: 'response bodies plus headers of /pagefind/ requests, as served by tests/support/server.ts (no HTTP compression; Pagefind’s index files are gzip-compressed by Pagefind itself)',
    queries: rows.map((row) => ({
      query: row.query,
      resultsShown: row.cold[0]?.results ?? 0,
      cold: { ms: sum(row.cold, 'ms'), bytes: sum(row.cold, 'bytes'), requests: sum(row.cold, 'requests') },
      warm: { ms: sum(row.warm, 'ms'), bytes: sum(row.warm, 'bytes'), requests: sum(row.warm, 'requests') },
    })),
  };
}
