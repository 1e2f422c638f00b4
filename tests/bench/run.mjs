#!/usr/bin/env node
/**
 * `npm run bench`: a benchmark, not a test. Writes bench/results.json and the
 * tables in docs/performance.md.
 *
 *   1. Lighthouse mobile scores for one page of every type (built copy of the site)
 *   2. build scaling with N generated pages, against a bare Astro + MDX project
 *   3. search on /sok/: keystroke to first result with 4× CPU throttling, bytes per query
 *
 * Options:
 *   --quick              one run and small N (100 and 300 pages), to check the script works;
 *                        writes to .tmp/bench-quick/, not over the committed figures
 *   --out DIR            write results.json and performance.md to DIR instead
 *   --only a,b           only these parts (lighthouse, scaling, search); the others keep
 *                        their figures from the last bench/results.json
 *   --runs N             runs per figure (default 3)
 *   --sizes a,b,c        page counts for the scaling part (default 100,1000,5000)
 *   --budget-minutes M   stop adding runs for one N once another run would pass M minutes (default 30)
 *   --keep               keep the built copies in .tmp/bench/ afterwards
 *   --report-only        measure nothing: write docs/performance.md again from bench/results.json
 *
 * Everything is built in copies under .tmp/bench/, never in the project itself.
 */
import { registerHooks } from 'node:module';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../support/chromium.mjs';
import { cleanBuild, copyProject } from './projects.mjs';
import { measure } from './process.mjs';
import { renderReport } from './report.mjs';

// tests/support/*.ts import each other without extensions, as Vite allows; let Node do the same.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.tmp', 'bench');
const PARTS = ['lighthouse', 'scaling', 'search'];
// The benchmark's builds are previews: `npm run build` stops without an address (README, "Publicera").
process.env.SITE ??= 'http://localhost:4321';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    'budget-minutes': { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
// A quick run only checks that the script works: its figures go to .tmp/, never over the committed ones.
const OUT = options.out ? resolve(options.out) : options.quick ? join(ROOT, '.tmp', 'bench-quick') : null;
const RESULTS = OUT ? join(OUT, 'results.json') : join(ROOT, 'bench', 'results.json');
const REPORT = OUT ? join(OUT, 'performance.md') : join(ROOT, 'docs', 'performance.md');
if (options['report-only']) {
  if (!existsSync(RESULTS)) throw new Error(`No ${RESULTS} yet: run npm run bench first.`);
  writeFileSync(REPORT, `${renderReport(JSON.parse(readFileSync(RESULTS, 'utf8')))}\n`);
  console.log(`Wrote ${REPORT} from ${RESULTS}.`);
  process.exit(0);
}
const quick = options.quick;
const runs = Number(options.runs ?? (quick ? 1 : 3));
const sizes = (options.sizes ?? (quick ? '100,300' : '100,1000,5000')).split(',').map(Number);
const parts = options.only ? options.only.split(',').map((p) => p.trim()) : PARTS;
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`Unknown part "${part}": choose from ${PARTS.join(', ')}.`);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number, 1 or more.');
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes must be whole numbers, e.g. 100,1000,5000.');

function log(message) {
  console.log(message);
}

function machine(chromePath) {
  const chromium = chromePath ? spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim() : null;
  return {
    cpu: cpus()[0]?.model.trim(),
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromium?.replace(/^Chromium\s*/, '') || null,
  };
}

function commit() {
  const git = spawnSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : null;
}

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const needsBrowser = parts.includes('lighthouse') || parts.includes('search');
let chromePath;
try {
  chromePath = findChromium({ install: false });
} catch (error) {
  if (needsBrowser) throw error;
}
const results = { ...previous, generatedAt: new Date().toISOString(), commit: commit(), machine: machine(chromePath) };

function save() {
  mkdirSync(dirname(RESULTS), { recursive: true });
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(REPORT, `${renderReport(results)}\n`);
}

function stamp(part) {
  return { measuredAt: new Date().toISOString(), quick, ...part };
}

const started = performance.now();
mkdirSync(WORK, { recursive: true });
log(`Benchmark${quick ? ' (quick: one run, small N)' : ''}: ${parts.join(', ')}; ${runs} run(s) per figure. Copies in ${WORK}`);

let server;
try {
  if (needsBrowser) {
    const site = join(WORK, 'site');
    log('\n▶ Building a copy of the site for Lighthouse and search …');
    copyProject(ROOT, site);
    cleanBuild(site);
    const build = await measure('npm', ['run', 'build', '--silent'], { cwd: site });
    if (build.code !== 0) throw new Error(`The build of the site failed (exit ${build.code}):\n${build.output.slice(-4000)}`);
    log(`  built in ${build.seconds.toFixed(1)} s`);
    const { serveDist } = await import('../support/server.ts');
    server = await serveDist(join(site, 'dist'));
    log(`  serving ${join(site, 'dist')} at ${server.url} (with its _headers)`);

    if (parts.includes('lighthouse')) {
      log('\n▶ 1. Lighthouse, mobile');
      const { benchLighthouse } = await import('./lighthouse.mjs');
      results.lighthouse = stamp(
        await benchLighthouse({ root: ROOT, dist: join(site, 'dist'), baseUrl: server.url, chromePath, runs, log }),
      );
      save();
    }
    if (parts.includes('search')) {
      log('\n▶ 3. Search, 4× CPU throttling');
      const { benchSearch } = await import('./search.mjs');
      results.search = stamp(await benchSearch({ baseUrl: server.url, chromePath, runs, log }));
      const empty = results.search.queries.filter((q) => q.resultsShown === 0).map((q) => q.query);
      if (empty.length) log(`  note: no results for ${empty.join(', ')}`);
      save();
    }
    await server.close();
    server = undefined;
  }
  if (parts.includes('scaling')) {
    log(`\n▶ 2. Build scaling, N = ${sizes.join(', ')}`);
    const { benchScaling } = await import('./scaling.mjs');
    const budgetSeconds = Number(options['budget-minutes']) * 60;
    results.scaling = stamp(await benchScaling({ root: ROOT, workDir: WORK, sizes, runs, budgetSeconds, log }));
    save();
  }
} finally {
  await server?.close();
  if (!options.keep) rmSync(WORK, { recursive: true, force: true });
}

save();
log(`\nWrote ${RESULTS} and ${REPORT} in ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
