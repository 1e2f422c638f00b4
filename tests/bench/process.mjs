/**
 * Running a build and measuring it: wall time, peak memory and the size of a
 * folder. Peak memory comes from GNU time (the largest single process in the
 * build, which is Astro's Node process) when /usr/bin/time is there, otherwise
 * from polling /proc for the summed RSS of the whole process tree.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/**
 * The environment for a child build, as in tests/support/fixture.ts: a child
 * Astro build would take BASE_URL, MODE, … from here if they were set. Every
 * copy is built for the local preview: BASE is left out and SITE is the
 * preview's address (a build without SITE stops, README "Publicera").
 */
export function buildEnv(extra = {}) {
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'SITE',
    'BASE',
  ]) {
    delete env[key];
  }
  env.SITE = 'http://localhost:4321';
  return env;
}

function hasGnuTime() {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr.trim().split('\n').at(-1) ?? '');
}
const GNU_TIME = hasGnuTime();
export const MEMORY_METHOD = GNU_TIME
  ? 'GNU time: maximum resident set size of the largest process in the build'
  : 'polling /proc every 200 ms: summed resident set size of the build’s process tree';

/** Summed RSS in bytes of `pid` and all its descendants, read from /proc. */
function treeRss(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `command args` in `cwd` and resolves to { code, seconds, peakRssBytes, output }.
 * `seconds` is wall time measured here, from spawn to exit.
 */
export function measure(command, args, { cwd, env = buildEnv(), timeoutMs = 60 * 60 * 1000 } = {}) {
  return new Promise((resolve, reject) => {
    const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
    const [cmd, cmdArgs] = GNU_TIME ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakPolled = 0;
    const poller = GNU_TIME ? undefined : setInterval(() => (peakPolled = Math.max(peakPolled, treeRss(child.pid))), 200);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      let peakRssBytes = peakPolled;
      if (GNU_TIME && existsSync(timeFile)) {
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
        if (Number.isFinite(kb)) peakRssBytes = kb * 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({ code, seconds, peakRssBytes, output });
    });
  });
}

/** Total bytes of the files under `dir` (0 when it does not exist). */
export function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, entry));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

/** The number of .html files under `dir`, Pagefind's own folder left out. */
export function htmlCount(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;
}
