/**
 * The README's examples build as written: an editor who copies them gets a
 * working page, not an error. The examples are read from README.md itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, createFixture } from '../support/fixture';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The first fenced code block after a heading or a line that contains `marker`. */
function blockAfter(marker: string): string {
  const start = README.indexOf(marker);
  if (start === -1) throw new Error(`README.md has no "${marker}".`);
  const match = /```[a-z]*\n([\s\S]*?)\n\s*```/.exec(README.slice(start));
  if (!match?.[1]) throw new Error(`README.md has no code block after "${marker}".`);
  // Blocks inside a list item are indented: take the indentation off.
  const indent = /^ */.exec(match[1])?.[0].length ?? 0;
  return `${match[1]
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n')}\n`;
}

/** The compound word the README offers as an example, e.g. `medlemskommun: [medlem, kommun]`. */
function compoundExample(): string {
  const match = /till exempel\s+`([^`]+: \[[^\]]+\])`/.exec(README);
  if (!match?.[1]) throw new Error('README.md gives no example for content/sok/sammansattningar.yaml.');
  return match[1];
}

describe('the README', () => {
  it('gives examples that build as written and add pages', async () => {
    const fixture = createFixture('readme-examples');
    fixture.write('content/insatser/readme-exempel.mdx', blockAfter('### Lägga till en insats'));
    fixture.write('content/tidslinje/2022-03-readme-exempel.mdx', blockAfter('### Lägga till en händelse i tidslinjen'));
    fixture.write('content/bidrag/readme-exempel.yaml', blockAfter('**En dataserie**'));
    fixture.edit('content/sok/sammansattningar.yaml', (text) => `${text.trimEnd()}\n${compoundExample()}\n`);
    const everyday = blockAfter('#### Vardagsord');
    fixture.edit('content/sok/vardagsord.yaml', (text) => `${text.trimEnd()}\n${everyday}`);
    const result = await fixture.build();
    expect(result.code, result.output).toBe(0);
    expect(result.htmlFiles).toContain(join('insatser', 'readme-exempel', 'index.html'));
    expect(result.htmlFiles).toContain(join('tidslinje', '2022-03-readme-exempel', 'index.html'));
    expect(readFileSync(join(fixture.dir, 'dist', 'ekonomi', 'index.html'), 'utf8')).toContain('id="readme-exempel"');
    // The everyday word reaches the index of a page that uses the word ("Köpings kommunfullmäktige").
    const [word = '', everydayWord = ''] = /^(\S+): \[([^\],]+)/.exec(everyday)?.slice(1) ?? [];
    expect(word).not.toBe('');
    expect(readFileSync(join(fixture.dir, 'dist', 'kommuner', 'koping', 'index.html'), 'utf8')).toMatch(
      new RegExp(`data-pagefind-meta="vardagsord">[^<]*\\b${everydayWord}\\b`),
    );
  });
});
