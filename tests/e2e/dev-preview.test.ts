/**
 * `npm run dev` is the editor's preview: a page from the dev server has the
 * site's styles and the console shows no Content-Security-Policy error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { ROOT, buildEnv, createFixture } from '../support/fixture';

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
let BASE = '';
const browser = useBrowser();
let server: ChildProcess | undefined;
let output = '';

/** Resolves once the dev server answers, or rejects with what it printed. */
async function waitForServer(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server?.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
    const answer = await fetch(`${BASE}/`).catch(() => undefined);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer within ${timeoutMs} ms:\n${output}`);
}

/** A port no other process listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  BASE = `http://127.0.0.1:${port}`;
  // Astro's own CLI under this Node (24), in a process group of its own, so that stopping it stops everything it started.
  // In a copy of the project: the dev server writes Astro's generated types and cache, as `astro check` does at the same time.
  server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: createFixture('dev-preview').dir,
    env: buildEnv(),
    stdio: 'pipe',
    detached: true,
  });
  server.stdout?.on('data', (chunk) => (output += String(chunk)));
  server.stderr?.on('data', (chunk) => (output += String(chunk)));
  await waitForServer(90_000);
}, 120_000);

afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

describe('the dev preview', () => {
  it('shows a page with the site’s styles and no CSP error', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${BASE}/kommuner/koping/`, { waitUntil: 'load' });
    // The site's own font stack (tokens.css), not the browser's default serif.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    const header = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header') as Element).backgroundColor);
    expect(header).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
    expect(problems).toEqual([]);
  });
});
