/**
 * A copy of the site built under a sub-path (SITE=https://example.org,
 * BASE=/samordning/). The build is kept with a stamp of the sources it was
 * built from, and reused only while the sources still have that stamp.
 * The copy also holds the README's examples for editors, added as an editor
 * would add them (tests/support/readme-examples.ts): one build shows that the
 * site works under a sub-path and that the examples build as written.
 * `npm test` runs its steps side by side, and three of them need this build:
 * a lock makes the first one build it and the others wait for it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COPIED, ROOT, buildEnv, createFixture } from './fixture';
import { addReadmeExamples } from './readme-examples';

export const BASE_SITE = 'https://example.org';
export const BASE_PATH = '/samordning/';
const DIR = join(ROOT, '.tmp', 'fixtures', 'base-path');
const STAMP = join(DIR, 'sources.sha256');
/** Held while one process builds; holds that process' id. */
const LOCK = join(ROOT, '.tmp', 'fixtures', 'base-path.lock');
/** Everything a build reads from the project: what createFixture copies, and the installed packages. */
const INPUTS = [...COPIED, 'package-lock.json', 'README.md'];

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

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` holding the lock: waits while another live process holds it, takes over a lock left by one that died. */
function withLock<T>(work: () => T): T {
  mkdirSync(join(ROOT, '.tmp', 'fixtures'), { recursive: true });
  const until = Date.now() + 480_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number(existsSync(join(LOCK, 'pid')) ? readFileSync(join(LOCK, 'pid'), 'utf8') : NaN);
      if (Number.isInteger(holder) && !isRunning(holder)) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > until) throw new Error(`The build under ${BASE_PATH} is locked by process ${holder} for more than 480 s.`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Returns the copy's dist/, building it unless a build of the current sources is there. */
export function buildUnderBase(): string {
  return withLock(() => {
    const dist = join(DIR, 'dist');
    // Taken before copying: a source changed during the build makes the next run rebuild.
    const stamp = sourcesStamp();
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp && existsSync(join(dist, 'pagefind', 'pagefind.js'))) return dist;
    const fixture = createFixture('base-path');
    addReadmeExamples(fixture);
    const run = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: fixture.dir,
      encoding: 'utf8',
      env: buildEnv({ SITE: BASE_SITE, BASE: BASE_PATH }),
    });
    if (run.status !== 0) throw new Error(`The build with BASE=${BASE_PATH} failed:\n${run.stdout}\n${run.stderr}`);
    writeFileSync(STAMP, stamp);
    return dist;
  });
}
