/**
 * An editor's mistake stops the real build with a Swedish message that names
 * the file and the field, and nothing is published (no dist/ left behind).
 * One case per kind of check: the schemas, the cross-file check, file names
 * and the search word list. Every single mistake and its exact message is a
 * unit test (tests/unit/schemas.test.ts, integrity.test.ts, entry-id.test.ts,
 * compounds.test.ts); these builds prove the messages reach the editor.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../support/fixture';

/** Zod's and Astro's English messages for a field, which an editor must never meet. */
const ENGLISH = /Unrecognized key|Expected type|Did not match union|Required|Invalid input/;

async function expectRejected(fixture: Fixture, ...patterns: RegExp[]) {
  const result = await fixture.build();
  expect(result.code, result.output).not.toBe(0);
  for (const pattern of patterns) expect(result.output).toMatch(pattern);
  expect(result.output).not.toMatch(ENGLISH);
  expect(result.htmlFiles, 'no HTML page may be published').toEqual([]);
  expect(result.distExists, 'dist/ is removed after a failed build').toBe(false);
}

describe.concurrent('bad content stops the build', () => {
  it('a schema error: misspelt key and an optional field of the wrong type', async () => {
    const f = createFixture('schema-error');
    f.edit('content/kommuner/koping.mdx', (t) => t.replace(/^name: /m, 'stad: Köping\nname: ').replace(/^description: .*/m, 'description: [1]'));
    await expectRejected(
      f,
      /content\/kommuner\/koping\.mdx/,
      /Fältet "stad" finns inte\. Fälten som finns här: name, kommunkod, /,
      /description: Ska vara text, inte listan \[1\] \(Kort beskrivning/,
    );
  });

  it('a cross-file error: unknown source in a <Kalla> in MDX', async () => {
    const f = createFixture('unknown-kalla');
    f.edit('content/kommuner/arboga.mdx', (t) => `${t}\n\nEn mening till.<Kalla id="finsamlagen" />\n`);
    await expectRejected(f, /content\/kommuner\/arboga\.mdx: fältet <Kalla id="finsamlagen"> \(rad \d+ i texten\) pekar på källan "finsamlagen"/);
  });

  it('two files with the same address', async () => {
    const f = createFixture('duplicate-slug');
    f.write('content/kommuner/koping.md', readFileSync(`${f.dir}/content/kommuner/koping.mdx`, 'utf8'));
    await expectRejected(f, /Två filer i \.\/content\/kommuner\/ får samma adress "koping": koping\.mdx? och koping\.mdx?/);
  });

  it('a compound word without its parts', async () => {
    const f = createFixture('compound-parts');
    f.edit('content/sok/sammansattningar.yaml', (t) => `${t}\nförbundsstämma: förbund stämma\n`);
    await expectRejected(f, /content\/sok\/sammansattningar\.yaml: "förbundsstämma" ska följas av minst två delar/);
  });
});
