/**
 * The README's examples build as written: an editor who copies them gets a
 * working page, not an error. The copy built under /samordning/
 * (tests/support/base-build.ts) holds them, added as an editor would add them,
 * so one build shows both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUnderBase } from '../support/base-build';
import { everydayExample } from '../support/readme-examples';

describe('the README', () => {
  it('gives examples that build as written and add pages', () => {
    const dist = buildUnderBase();
    const html = (path: string) => readFileSync(join(dist, path), 'utf8');
    expect(html(join('insatser', 'readme-exempel', 'index.html'))).toContain('<h1');
    expect(html(join('tidslinje', '2022-03-readme-exempel', 'index.html'))).toContain('<h1');
    expect(html(join('ekonomi', 'index.html'))).toContain('id="readme-exempel"');
    // The everyday word reaches the index of a page that uses the word ("Köpings kommunfullmäktige").
    const { word, everydayWord } = everydayExample();
    expect(word).not.toBe('');
    expect(html(join('kommuner', 'koping', 'index.html'))).toMatch(
      new RegExp(`data-pagefind-meta="vardagsord">[^<]*\\b${everydayWord}\\b`),
    );
  });
});
