/**
 * Build scaling: our site with N generated pages against a bare Astro + MDX
 * project with the same N texts. Each run builds both, one after the other,
 * from a cold cache; ratios (ours / bare) are taken within a run.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { addGeneratedPages, cleanBuild, copyProject, createBareProject } from './projects.mjs';
import { folderBytes, htmlCount, measure, MEMORY_METHOD } from './process.mjs';
import { linearFit, summarize } from './stats.mjs';

/** A duration as Astro and Vite print it: "850ms", "12.34s", "1m", "1m 5s". */
const DURATION = '(\\d+ms|[\\d.]+s|\\d+m(?: \\d+s)?)';

export function durationSeconds(text) {
  if (!text) return null;
  const ms = text.match(/^(\d+)ms$/);
  if (ms) return Number(ms[1]) / 1000;
  const s = text.match(/^([\d.]+)s$/);
  if (s) return Number(s[1]);
  const m = text.match(/^(\d+)m(?: (\d+)s)?$/);
  return m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : null;
}

/**
 * Where the time went, from Astro's and Pagefind's own log lines: content sync
 * and types, bundling (Vite compiles every MDX module; the first "built in" is
 * the server build), rendering the pages, and Pagefind. Null when a line is not
 * found (its wording may change).
 */
export function phases(output) {
  const find = (pattern) => durationSeconds(output.match(pattern)?.[1]);
  return {
    syncSeconds: find(new RegExp(`\\[types\\] Generated ${DURATION}`)),
    bundleSeconds: find(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`)),
    renderSeconds: find(new RegExp(`^\\S+ ✓ Completed in ${DURATION}\\.`, 'm')),
    pagefindSeconds: (() => {
      const match = output.match(/Finished in ([\d.]+) seconds/);
      return match ? Number(match[1]) : null;
    })(),
  };
}

/** The log lines the phases come from, kept in results.json so a figure can be checked. */
function phaseLines(output) {
  return output
    .split('\n')
    .filter((line) => /\[types\] Generated|✓ built in|✓ Completed in|Finished in|page\(s\) built/.test(line))
    .map((l) => l.trim());
}

async function build(dir, label, log) {
  cleanBuild(dir);
  const load = loadavg()[0];
  const result = await measure('npm', ['run', 'build', '--silent'], { cwd: dir });
  if (result.code !== 0) {
    throw new Error(`The build of ${label} failed (exit ${result.code}) in ${dir}:\n${result.output.slice(-4000)}`);
  }
  const indexed = result.output.match(/Indexed (\d+) pages?/);
  const figures = {
    seconds: result.seconds,
    peakRssBytes: result.peakRssBytes,
    pagefindBytes: folderBytes(join(dir, 'dist', 'pagefind')),
    ...phases(result.output),
    loadBefore: load,
    log: phaseLines(result.output),
    htmlPages: htmlCount(join(dir, 'dist')),
    indexedPages: indexed ? Number(indexed[1]) : null,
  };
  log(
    `    ${label}: ${figures.seconds.toFixed(1)} s, ${(figures.peakRssBytes / 2 ** 20).toFixed(0)} MiB, ${figures.htmlPages} pages, index ${(figures.pagefindBytes / 1024).toFixed(0)} KiB`,
  );
  return figures;
}

const FIELDS = ['seconds', 'peakRssBytes', 'pagefindBytes'];
const PHASES = ['syncSeconds', 'bundleSeconds', 'renderSeconds', 'pagefindSeconds'];

/**
 * Measures every size in `sizes` with up to `runs` runs each; a size stops
 * early (after at least one run) when another run would pass `budgetSeconds`.
 */
export async function benchScaling({ root, workDir, sizes, runs, budgetSeconds, log = console.log }) {
  const results = [];
  for (const n of sizes) {
    const oursDir = join(workDir, `ours-${n}`);
    const bareDir = join(workDir, `bare-${n}`);
    log(`  N = ${n}: writing ${n} generated pages into a copy of the site and a bare project …`);
    copyProject(root, oursDir);
    addGeneratedPages(root, oursDir, n);
    createBareProject(root, bareDir, n);
    const perRun = [];
    const started = performance.now();
    let stoppedEarly = false;
    for (let run = 1; run <= runs; run++) {
      const elapsed = (performance.now() - started) / 1000;
      if (run > 1 && elapsed + elapsed / (run - 1) > budgetSeconds) {
        stoppedEarly = true;
        log(`    stopping N = ${n} after ${run - 1} run(s): another would pass the ${Math.round(budgetSeconds / 60)}-minute budget`);
        break;
      }
      log(`   run ${run}/${runs}`);
      const ours = await build(oursDir, `ours (N = ${n})`, log);
      const bare = await build(bareDir, `bare (N = ${n})`, log);
      perRun.push({ ours, bare, ratio: Object.fromEntries(FIELDS.map((f) => [f, ours[f] / bare[f]])) });
    }
    const pick = (side, field) => summarize(perRun.map((r) => r[side][field]));
    results.push({
      n,
      runsPlanned: runs,
      runs: perRun.length,
      stoppedEarly,
      ours: Object.fromEntries([...FIELDS, ...PHASES, 'loadBefore'].map((f) => [f, pick('ours', f)])),
      bare: Object.fromEntries([...FIELDS, ...PHASES, 'loadBefore'].map((f) => [f, pick('bare', f)])),
      ratio: Object.fromEntries(FIELDS.map((f) => [f, pick('ratio', f)])),
      pages: {
        ours: perRun[0].ours.htmlPages,
        bare: perRun[0].bare.htmlPages,
        oursIndexed: perRun[0].ours.indexedPages,
        bareIndexed: perRun[0].bare.indexedPages,
      },
      perRun,
    });
  }
  return { memoryMethod: MEMORY_METHOD, cpus: cpus().length, sizes: results, linearity: linearity(results) };
}

/**
 * Is build time linear in N? Fits time = a + b·N to the medians and compares
 * the cost per added page between consecutive sizes: for a linear build the
 * marginal cost stays the same (ratio of last to first interval near 1).
 */
export function linearity(results) {
  const out = {};
  for (const side of ['ours', 'bare']) {
    const points = results.map((r) => [r.n, r[side].seconds.median]).filter(([, y]) => y !== null);
    if (points.length < 2) {
      out[side] = null;
      continue;
    }
    const fit = linearFit(points);
    const marginal = [];
    for (let i = 1; i < points.length; i++) {
      const [n0, t0] = points[i - 1];
      const [n1, t1] = points[i];
      marginal.push({ from: n0, to: n1, msPerPage: ((t1 - t0) / (n1 - n0)) * 1000 });
    }
    const growth = marginal.length > 1 && marginal[0].msPerPage > 0 ? marginal.at(-1).msPerPage / marginal[0].msPerPage : null;
    out[side] = {
      secondsPerThousandPages: fit.slope * 1000,
      interceptSeconds: fit.intercept,
      r2: fit.r2,
      marginal,
      marginalGrowth: growth,
      // Linear or better: the cost of an added page does not grow with N (by more than half,
      // to allow for noise). Fixed costs make it fall. Two sizes cannot tell, so a verdict needs three.
      linear: points.length < 3 || growth === null ? null : growth <= 1.5,
    };
  }
  return out;
}
