#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Each step prints its own report; the last line
 * counts the steps that passed and failed.
 *
 *   1. at once, as they read the sources and nothing else:
 *      astro check (types and templates, zero errors), lint (Prettier and
 *      ESLint, zero warnings), unit tests (Vitest), spelling of the Swedish
 *      content (cspell + @cspell/dict-sv + content/stavning/projektord.txt) and
 *      the bad-content tests (broken copies under .tmp/ must stop their build
 *      with a clear message)
 *   3. the build (Astro + Pagefind), as a preview for http://localhost:4321
 *   4. checks on the built site: HTML validity, links, citations, facts, readability (LIX)
 *   5. browser tests in Chromium: axe, console errors, other origins, CSP, no-JS
 */
import { spawn } from 'node:child_process';
import { findChromium } from './support/chromium.mjs';

const steps = [];
const startedAll = Date.now();

/** Runs one step; with `quiet`, its output is held back and printed whole when it ends. */
function run(name, command, args, { env = {}, quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) console.log(`\n▶ ${name}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const ok = code === 0;
      const seconds = (Date.now() - started) / 1000;
      if (quiet) console.log(`\n▶ ${name}\n${output.trimEnd()}`);
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

// What reads only the sources runs at once (the bad-content builds work in copies under .tmp/).
await Promise.all([
  run('astro check', 'npx', ['astro', 'check'], { quiet: true }),
  run('lint (Prettier, ESLint)', 'npm', ['run', 'lint', '--silent'], { quiet: true }),
  run('unit tests', 'npx', ['vitest', 'run', '--project', 'unit'], { quiet: true }),
  run('spelling (cspell, Swedish)', 'npx', ['cspell', '--no-progress', '--show-suggestions'], { quiet: true }),
  run('bad-content tests', 'npx', ['vitest', 'run', '--project', 'content'], { env: PREVIEW, quiet: true }),
]);
const built = await run('build', 'npm', ['run', 'build:preview']);
// One after the other: both use the same build under /samordning/ (tests/support/base-build.ts).
if (built) await run('built-site checks', 'npx', ['vitest', 'run', '--project', 'site']);
else skip('built-site checks', 'the build failed');
if (!built) skip('browser tests (Chromium)', 'the build failed');
else if (!chromePath) skip('browser tests (Chromium)', 'no Chromium');
else await run('browser tests (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e'], { env: { CHROME_PATH: chromePath } });

const passed = steps.filter((s) => s.ok).length;
const failed = steps.length - passed;
console.log('\nSummary:');
for (const step of steps)
  console.log(`  ${step.ok ? '✓' : '✗'} ${step.name}${step.seconds === undefined ? '' : ` (${step.seconds.toFixed(1)} s)`}`);
console.log(`  total: ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
