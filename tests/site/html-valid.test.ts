/** Every built page passes the W3C Nu Html Checker (vnu-jar) with zero errors. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../support/dist';

const require = createRequire(import.meta.url);
const vnuJar: string = require('vnu-jar');

describe('HTML validity', () => {
  it(`every page passes the Nu Html Checker (${builtPages().length} pages)`, () => {
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'text', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`Could not run Java for the Nu Html Checker: install a Java runtime (${run.error.message}).`);
    const report = `${run.stdout}${run.stderr}`;
    const errors = report.split('\n').filter((line) => /: error: |^Error: /.test(line));
    expect(errors, report).toEqual([]);
    expect(run.status, report).toBe(0);
  });
});
