/** A copy of the site built under a sub-path (SITE=https://example.org, BASE=/samordning/). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildEnv, createFixture } from './fixture';

export const BASE_SITE = 'https://example.org';
export const BASE_PATH = '/samordning/';
const DIR = join(ROOT, '.tmp', 'fixtures', 'base-path');

/** Builds the copy; with `reuse`, keeps one that an earlier step of the same test run built. */
export function buildUnderBase({ reuse = false } = {}): string {
  const dist = join(DIR, 'dist');
  if (reuse && existsSync(join(dist, 'pagefind', 'pagefind.js'))) return dist;
  const fixture = createFixture('base-path');
  const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: fixture.dir, encoding: 'utf8', env: buildEnv({ SITE: BASE_SITE, BASE: BASE_PATH }) });
  if (run.status !== 0) throw new Error(`The build with BASE=${BASE_PATH} failed:\n${run.stdout}\n${run.stderr}`);
  return dist;
}
