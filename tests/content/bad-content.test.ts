/**
 * An editor's mistake stops the real build with a Swedish message that names
 * the file and the field, and nothing is published (no dist/ left behind).
 * One case per kind of check: the schemas, the cross-file check, file names
 * and YAML checked before Astro reads the files, the glossary read at config
 * time and the search word list. Every single mistake and its exact message is a
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
    const line = readFileSync(`${f.dir}/content/kommuner/arboga.mdx`, 'utf8').split('\n').findIndex((l) => l.includes('finsamlagen')) + 1;
    await expectRejected(f, new RegExp(`content/kommuner/arboga\\.mdx, rad ${line}: fältet <Kalla id="finsamlagen"> pekar på källan "finsamlagen"`));
  });

  it('two files with the same address', async () => {
    const f = createFixture('duplicate-slug');
    f.write('content/kommuner/koping.md', readFileSync(`${f.dir}/content/kommuner/koping.mdx`, 'utf8'));
    await expectRejected(f, /Två filer i \.\/content\/kommuner\/ får samma adress "koping": koping\.mdx? och koping\.mdx?/);
  });

  it('file names and YAML that Astro would skip, misread or let collide', async () => {
    const f = createFixture('file-names');
    f.write('content/sidor/kommuner.mdx', readFileSync(`${f.dir}/content/sidor/om.mdx`, 'utf8'));
    f.write('content/sidor/nyheter.MDX', '---\ntitle: Nyheter\n---\nText.\n');
    f.edit('content/sidor/om.mdx', (t) => t.replace(/^title: .*$/m, (line) => `${line}\n${line}`));
    await expectRejected(
      f,
      /content\/sidor\/kommuner\.mdx: filnamnet ger adressen \/kommuner\/, som redan är en sida på webbplatsen/,
      /content\/sidor\/nyheter\.MDX: filändelsen ska skrivas med små bokstäver, .* Byt namn till "nyheter\.mdx"\./,
      /content\/sidor\/om\.mdx, rad 3: fältet title står två gånger \(rad 2 och rad 3\)/,
    );
  });

  it('a key written twice in a glossary file, read at config time', async () => {
    const f = createFixture('glossary-yaml');
    f.edit('content/ordlista/esf.yaml', (t) => `${t.trimEnd()}\nterm: "ESF-medel"\n`);
    const line = readFileSync(`${f.dir}/content/ordlista/esf.yaml`, 'utf8').trimEnd().split('\n').length;
    await expectRejected(f, new RegExp(`content/ordlista/esf\\.yaml, rad ${line}: fältet term står två gånger \\(rad 1 och rad ${line}\\)`));
  });

  it('a compound word without its parts', async () => {
    const f = createFixture('compound-parts');
    f.edit('content/sok/sammansattningar.yaml', (t) => `${t}\nförbundsstämma: förbund stämma\n`);
    await expectRejected(f, /content\/sok\/sammansattningar\.yaml: "förbundsstämma" ska följas av minst två delar/);
  });

  it('an everyday word without brackets', async () => {
    const f = createFixture('everyday-words');
    f.edit('content/sok/vardagsord.yaml', (t) => `${t}\nstyrelse: ledning\n`);
    await expectRejected(f, /content\/sok\/vardagsord\.yaml: "styrelse" ska följas av vardagsorden inom hakparentes/);
  });
});
