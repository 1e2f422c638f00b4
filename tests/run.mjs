#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Each step starts as soon as what it needs is
 * there, so the two cores stay busy: everything that reads only the sources
 * starts at once, together with the build; the checks on the built site and
 * the browser tests start when the build is done. The build and the browser
 * tests, the longest chain, run at normal priority, and so do the unit tests
 * and spelling, which take seconds; lint, astro check, the bad-content builds
 * and the built-site checks run niced beside them.
 *
 *   at once:    lint (Prettier and ESLint, zero warnings), unit tests (Vitest), spelling of the
 *               Swedish content (cspell + @cspell/dict-sv +
 *               content/stavning/projektord.txt), the bad-content tests (broken
 *               copies under .tmp/ must stop their build with a clear message)
 *               and the build (Astro + Pagefind), as a preview for
 *               http://localhost:4321
 *   after the build: astro check (types and templates, zero errors; it writes
 *               the same generated types as the build), checks on the built site (HTML validity, links,
 *               citations, facts, readability) and browser tests in Chromium
 *               (axe, console errors, other origins, CSP, no-JS, search, charts)
 *
 * The copy built under /samordning/ is shared by three test files in three
 * steps; tests/support/base-build.ts builds it once, behind a lock.
 *
 * Each step's output is printed whole when it ends; the last lines give each
 * step's time and count the steps that passed and failed.
 */
import { spawn } from 'node:child_process';
import { findChromium } from './support/chromium.mjs';

const steps = [];
const startedAll = Date.now();

/**
 * Runs one step with its output held back and printed whole when it ends. A
 * step `beside` the critical path (build, then browser tests) runs at a lower
 * CPU priority, in the time those leave free.
 */
function run(name, command, args, { env = {}, beside = false } = {}) {
  const started = Date.now();
  console.log(`▶ ${name} (started at ${((started - startedAll) / 1000).toFixed(0)} s)`);
  const [program, argv] = beside ? ['nice', ['-n', '15', command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const child = spawn(program, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const ok = code === 0;
      const seconds = (Date.now() - started) / 1000;
      console.log(`\n▶ ${name}\n${output.trimEnd()}`);
      console.log(`${ok ? '✓' : '✗'} ${name} (${seconds.toFixed(1)} s)`);
      steps.push({ name, ok, seconds });
      resolve(ok);
    });
  });
}

function skip(name, why) {
  console.log(`\n✗ ${name}: not run, ${why}`);
  steps.push({ name, ok: false });
}

// npm test builds a preview for http://localhost:4321: `npm run build` stops without SITE (README, "Publicera").
const PREVIEW = { SITE: 'http://localhost:4321' };
let chromePath;
try {
  chromePath = findChromium();
} catch (error) {
  console.error(`\n✗ ${error.message}`);
}

const build = run('build', 'npm', ['run', 'build:preview', '--silent']);
await Promise.all([
  run('lint (Prettier, ESLint)', 'npm', ['run', 'lint', '--silent'], { beside: true }),
  // Unit tests and spelling take a few seconds of CPU: at normal priority they are done before they could slow the build much.
  run('unit tests', 'npx', ['vitest', 'run', '--project', 'unit']),
  run('spelling (cspell, Swedish)', 'npx', ['cspell', '--no-progress', '--show-suggestions']),
  run('bad-content tests', 'npx', ['vitest', 'run', '--project', 'content'], { env: PREVIEW, beside: true }),
  // After the build: both write Astro's generated types and content cache (.astro/, node_modules/.astro/).
  build.then(() => run('astro check', 'npx', ['astro', 'check'])),
  build.then((built) =>
    built ? run('built-site checks', 'npx', ['vitest', 'run', '--project', 'site']) : skip('built-site checks', 'the build failed'),
  ),
  build.then((built) => {
    if (!built) return skip('browser tests (Chromium)', 'the build failed');
    if (!chromePath) return skip('browser tests (Chromium)', 'no Chromium');
    return run('browser tests (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e'], { env: { CHROME_PATH: chromePath } });
  }),
]);

const passed = steps.filter((s) => s.ok).length;
const failed = steps.length - passed;
console.log('\nSummary:');
for (const step of steps)
  console.log(`  ${step.ok ? '✓' : '✗'} ${step.name}${step.seconds === undefined ? '' : ` (${step.seconds.toFixed(1)} s)`}`);
console.log(`  total: ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
