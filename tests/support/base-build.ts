/**
 * A copy of the site built under a sub-path (SITE=https://example.org,
 * BASE=/samordning/). The build is kept with a stamp of the sources it was
 * built from, and reused only while the sources still have that stamp.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COPIED, ROOT, buildEnv, createFixture } from './fixture';

export const BASE_SITE = 'https://example.org';
export const BASE_PATH = '/samordning/';
const DIR = join(ROOT, '.tmp', 'fixtures', 'base-path');
const STAMP = join(DIR, 'sources.sha256');
/** Everything a build reads from the project: what createFixture copies, and the installed packages. */
const INPUTS = [...COPIED, 'package-lock.json'];

/** A hash over the paths and contents of the build's inputs and the build settings. */
function sourcesStamp(): string {
  const hash = createHash('sha256').update(`${BASE_SITE} ${BASE_PATH}\n`);
  const add = (path: string) => {
    const full = join(ROOT, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) add(join(path, entry));
      return;
    }
    hash.update(`${path}\n`).update(readFileSync(full)).update('\n');
  };
  INPUTS.forEach(add);
  return hash.digest('hex');
}

/** Returns the copy's dist/, building it unless a build of the current sources is there. */
export function buildUnderBase(): string {
  const dist = join(DIR, 'dist');
  // Taken before copying: a source changed during the build makes the next run rebuild.
  const stamp = sourcesStamp();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp && existsSync(join(dist, 'pagefind', 'pagefind.js'))) return dist;
  const fixture = createFixture('base-path');
  const run = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: fixture.dir,
    encoding: 'utf8',
    env: buildEnv({ SITE: BASE_SITE, BASE: BASE_PATH }),
  });
  if (run.status !== 0) throw new Error(`The build with BASE=${BASE_PATH} failed:\n${run.stdout}\n${run.stderr}`);
  writeFileSync(STAMP, stamp);
  return dist;
}
