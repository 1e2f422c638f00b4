/**
 * Copies the project into .tmp/fixtures/<name>, applies an editor's mistake,
 * builds it the way `npm run build` does and reports what happened.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

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
  build(): BuildResult;
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
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
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
      const run = spawnSync('npm', ['run', 'build', '--silent'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: 200_000,
      });
      return {
        code: run.status,
        output: `${run.stdout}\n${run.stderr}`,
        htmlFiles: listHtml(join(dir, 'dist')),
        distExists: existsSync(join(dir, 'dist')),
      };
    },
  };
}
