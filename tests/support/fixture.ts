/**
 * Copies the project into .tmp/fixtures/<name>, applies an editor's mistake,
 * builds it the way `npm run build` does and reports what happened. Builds are
 * child processes that do not block, so several fixtures can build at once.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * The environment for a child build: Vitest puts Vite's own variables
 * (BASE_URL, MODE, DEV, PROD, SSR) into process.env, and a child Astro build
 * would take BASE_URL from there instead of from its BASE setting.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST'])
    delete env[key];
  return env;
}

export interface BuildResult {
  code: number | null;
  output: string;
  htmlFiles: string[];
  distExists: boolean;
}

export interface Fixture {
  dir: string;
  write(path: string, text: string): void;
  edit(path: string, change: (text: string) => string): void;
  build(): Promise<BuildResult>;
}

function listHtml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

export function createFixture(name: string): Fixture {
  const dir = join(ROOT, '.tmp', 'fixtures', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of COPIED) {
    if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  // No node_modules here: Node and npm find the project's own by walking up the
  // tree, and the fixture keeps its own build caches (node_modules/.astro, .vite).
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    edit(path, change) {
      const file = join(dir, path);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
    },
    build() {
      return new Promise((done, fail) => {
        const run = spawn('npm', ['run', 'build', '--silent'], { cwd: dir, env: buildEnv(), timeout: 450_000 });
        let output = '';
        for (const stream of [run.stdout, run.stderr]) {
          stream.setEncoding('utf8');
          stream.on('data', (chunk: string) => (output += chunk));
        }
        run.on('error', fail);
        run.on('close', (code) =>
          done({ code, output, htmlFiles: listHtml(join(dir, 'dist')), distExists: existsSync(join(dir, 'dist')) }),
        );
      });
    },
  };
}
