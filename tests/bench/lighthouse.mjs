/**
 * Lighthouse mobile scores (its default: a mid-range phone on slow 4G,
 * simulated) for one page of every type, in Debian Chromium. One browser
 * serves all runs; Lighthouse clears storage before each.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
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
  const found = existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => basename(f, extname(f))).sort() : [];
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

/** Audits in the four categories that did not pass, as "id: title". */
function failedAudits(lhr) {
  const failed = new Set();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      // Metrics that only lower the score a little are listed too: they are the reason a score is below 100.
      failed.add(`${category}: ${ref.id} (${audit.displayValue ?? `score ${Math.round(audit.score * 100)}`})`);
    }
  }
  return [...failed];
}

export async function benchLighthouse({ root, dist, baseUrl, chromePath, runs, log = console.log }) {
  const pages = pagesToMeasure(root);
  for (const page of pages) {
    if (!existsSync(join(dist, page.path, 'index.html'))) throw new Error(`Lighthouse: no built page at /${page.path} (${page.type}) in ${dist}.`);
  }
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const perPage = pages.map((page) => ({ ...page, url: new URL(page.path, baseUrl).href, runs: [] }));
  try {
    for (let run = 1; run <= runs; run++) {
      log(`   run ${run}/${runs}`);
      for (const page of perPage) {
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
        const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, key]) => [key, lhr.audits[id]?.numericValue ?? null]));
        page.runs.push({ scores, metrics, failed: failedAudits(lhr), lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent });
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
    pages: perPage.map((page) => ({
      type: page.type,
      path: `/${page.path}`,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, summarize(page.runs.map((r) => r.scores[c]))])),
      metrics: Object.fromEntries(Object.values(METRICS).map((key) => [key, summarize(page.runs.map((r) => r.metrics[key]))])),
      failedAudits: [...new Set(page.runs.flatMap((r) => r.failed))].sort(),
    })),
  };
}
