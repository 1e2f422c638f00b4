/**
 * Lighthouse mobile scores (its default: a mid-range phone on slow 4G,
 * simulated) for one page of every type, in Debian Chromium. One browser
 * serves all runs; Lighthouse clears storage before each.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import lighthouse from 'lighthouse';
import { summarize } from './stats.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'fcpMs',
  'largest-contentful-paint': 'lcpMs',
  'total-blocking-time': 'tbtMs',
  'cumulative-layout-shift': 'cls',
  'speed-index': 'speedIndexMs',
};

function firstId(root, collection, preferred = []) {
  const dir = join(root, 'content', collection);
  const found = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => basename(f, extname(f)))
        .sort()
    : [];
  return preferred.find((id) => found.includes(id)) ?? found[0];
}

/**
 * One page of every type. Where there is a choice, the heavier page: Köping has
 * a chart, the interim-board event has a disputed date.
 */
export function pagesToMeasure(root) {
  const pages = [
    { type: 'Startsida', path: '' },
    { type: 'Kommun', path: `kommuner/${firstId(root, 'kommuner', ['koping'])}/` },
    { type: 'Perspektiv', path: `perspektiv/${firstId(root, 'perspektiv', ['individ'])}/` },
    { type: 'Tidslinje', path: 'tidslinje/' },
    { type: 'Händelse', path: `tidslinje/${firstId(root, 'tidslinje', ['2023-05-01-interimistisk-styrelse'])}/` },
    { type: 'Insatskatalog', path: 'insatser/' },
    { type: 'Insats', path: `insatser/${firstId(root, 'insatser', ['klarframtid'])}/` },
    { type: 'Källa', path: `kallor/${firstId(root, 'kallor', ['avsiktsforklaring'])}/` },
    { type: 'Ordlista', path: 'ordlista/' },
    { type: 'Om förbundet', path: 'om/' },
    { type: 'Ekonomi', path: 'ekonomi/' },
    { type: 'Sök', path: 'sok/' },
  ];
  return pages;
}

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium with a fresh profile and a DevTools port Lighthouse can drive;
 * resolves to { port, kill }. (Lighthouse's own launcher is not a dependency of ours.)
 */
function launchChromium(chromePath) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const child = spawn(chromePath, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const kill = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`Chromium did not open a DevTools port within 30 s:\n${log}`));
    }, 30_000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const match = log.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), kill });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${log}`));
    });
  });
}

/** Audits that count towards a category score (weight > 0) and did not get full marks. */
function failedAudits(lhr) {
  const failed = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || !(ref.weight > 0) || audit.score === null || audit.score >= 1) continue;
      failed.push({ key: `${category}: ${ref.id}`, value: audit.displayValue || `score ${Math.round(audit.score * 100)}` });
    }
  }
  return failed;
}

/** "category: id (value in run 1 / value in run 2; n of m runs)" per audit that failed in some run. */
function summarizeFailures(runs) {
  const byKey = new Map();
  for (const run of runs) {
    for (const { key, value } of run.failed) byKey.set(key, [...(byKey.get(key) ?? []), value]);
  }
  return [...byKey]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, values]) => `${key} (${values.join(' / ')}${runs.length > 1 ? `; ${values.length} of ${runs.length} runs` : ''})`);
}

/** One Lighthouse run; a run that fails to record (NO_NAVSTART and the like happen now and then) is tried again. */
async function audit(url, port, log, attempts = 3) {
  let problem;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result?.lhr;
    if (lhr && !lhr.runtimeError) return lhr;
    problem = lhr?.runtimeError?.message ?? 'no result';
    log(`    (Lighthouse could not measure ${url}, attempt ${attempt} of ${attempts}: ${problem})`);
  }
  throw new Error(`Lighthouse failed on ${url} ${attempts} times: ${problem}`);
}

export async function benchLighthouse({ root, dist, baseUrl, chromePath, runs, log = console.log }) {
  const pages = pagesToMeasure(root);
  for (const page of pages) {
    if (!existsSync(join(dist, page.path, 'index.html')))
      throw new Error(`Lighthouse: no built page at /${page.path} (${page.type}) in ${dist}.`);
  }
  const chrome = await launchChromium(chromePath);
  const perPage = pages.map((page) => ({ ...page, url: new URL(page.path, baseUrl).href, runs: [] }));
  const loads = [];
  try {
    for (let run = 1; run <= runs; run++) {
      log(`   run ${run}/${runs}`);
      loads.push(loadavg()[0]);
      for (const page of perPage) {
        const lhr = await audit(page.url, chrome.port, log);
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
        );
        const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, key]) => [key, lhr.audits[id]?.numericValue ?? null]));
        page.runs.push({
          scores,
          metrics,
          failed: failedAudits(lhr),
          lighthouseVersion: lhr.lighthouseVersion,
          userAgent: lhr.environment?.hostUserAgent,
        });
        log(`    ${page.type.padEnd(14)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  return {
    lighthouseVersion: perPage[0].runs[0]?.lighthouseVersion,
    browser: perPage[0].runs[0]?.userAgent,
    formFactor: 'mobile (Lighthouse default: emulated Moto G Power, simulated slow 4G and 4× CPU slowdown)',
    runs,
    loadBefore: summarize(loads),
    pages: perPage.map((page) => ({
      type: page.type,
      path: `/${page.path}`,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, summarize(page.runs.map((r) => r.scores[c]))])),
      metrics: Object.fromEntries(Object.values(METRICS).map((key) => [key, summarize(page.runs.map((r) => r.metrics[key]))])),
      failedAudits: summarizeFailures(page.runs),
    })),
  };
}
