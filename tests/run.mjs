#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order. Each step prints its own report; the
 * last line counts the steps that passed and failed.
 *
 *   1. astro check (types and templates, zero errors)
 *      and lint (Prettier and ESLint, zero warnings)
 *   2. unit tests of src/lib (Vitest)
 *   3. bad-content tests: broken content must stop the build with a clear message
 *   4. spelling of the Swedish content (cspell + @cspell/dict-sv + content/stavning/projektord.txt)
 *   5. the production build (Astro + Pagefind)
 *   6. checks on the built site: HTML validity, links, citations, facts, readability (LIX)
 *   7. browser tests in Chromium: axe, console errors, other origins, no-JS
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './support/chromium.mjs';

const steps = [];
const startedAll = Date.now();
let buildFailed = false;

function run(name, command, args, { needsBuild = false, env = {} } = {}) {
  if (needsBuild && buildFailed) {
    console.log(`\n✗ ${name}: not run, the build failed`);
    steps.push({ name, ok: false });
    return false;
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

run('astro check', 'npx', ['astro', 'check']);
run('lint (Prettier, ESLint)', 'npm', ['run', 'lint', '--silent']);
run('unit tests', 'npx', ['vitest', 'run', '--project', 'unit']);
run('bad-content tests', 'npx', ['vitest', 'run', '--project', 'content']);
run('spelling (cspell, Swedish)', 'npx', ['cspell', '--no-progress', '--show-suggestions']);
buildFailed = !run('build', 'npm', ['run', 'build']);
run('built-site checks', 'npx', ['vitest', 'run', '--project', 'site'], { needsBuild: true });

let chromePath;
try {
  chromePath = findChromium();
} catch (error) {
  console.error(`\n✗ ${error.message}`);
}
if (chromePath) {
  run('browser tests (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e'], { needsBuild: true, env: { CHROME_PATH: chromePath } });
} else {
  steps.push({ name: 'browser tests (Chromium)', ok: false });
}

const passed = steps.filter((s) => s.ok).length;
const failed = steps.length - passed;
console.log('\nSummary:');
for (const step of steps)
  console.log(`  ${step.ok ? '✓' : '✗'} ${step.name}${step.seconds === undefined ? '' : ` (${step.seconds.toFixed(1)} s)`}`);
console.log(`  total: ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
