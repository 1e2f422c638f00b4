/**
 * The README's examples for editors, read from README.md itself and written
 * into a copy of the project as an editor would add them: an insats, a
 * timeline event, a data series, a compound word and an everyday word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type Fixture } from './fixture';

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

/** Where the examples go. */
const README_EXAMPLE_FILES = {
  insats: 'content/insatser/readme-exempel.mdx',
  event: 'content/tidslinje/2022-03-readme-exempel.mdx',
  series: 'content/bidrag/readme-exempel.yaml',
} as const;

/** The README's everyday-word example: the word the pages use and its first everyday word. */
export function everydayExample(): { block: string; word: string; everydayWord: string } {
  const block = blockAfter('#### Vardagsord');
  const [word = '', everydayWord = ''] = /^(\S+): \[([^\],]+)/.exec(block)?.slice(1) ?? [];
  return { block, word, everydayWord };
}

/** Writes the README's examples into the fixture. */
export function addReadmeExamples(fixture: Fixture): void {
  fixture.write(README_EXAMPLE_FILES.insats, blockAfter('### Lägga till en insats'));
  fixture.write(README_EXAMPLE_FILES.event, blockAfter('### Lägga till en händelse i tidslinjen'));
  fixture.write(README_EXAMPLE_FILES.series, blockAfter('**En dataserie**'));
  fixture.edit('content/sok/sammansattningar.yaml', (text) => `${text.trimEnd()}\n${compoundExample()}\n`);
  fixture.edit('content/sok/vardagsord.yaml', (text) => `${text.trimEnd()}\n${everydayExample().block}`);
}
