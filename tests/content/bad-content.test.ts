/**
 * An editor's mistake stops the real build with a Swedish message that names
 * the file and the field, and nothing is published (no dist/ left behind).
 * One case per kind of check: the schemas, the cross-file check (references
 * and the citations' passages), file names and YAML checked before Astro
 * reads the files, the glossary and the search's word lists read at config
 * time. Every single mistake and its exact message is a
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

  it('the cross-file check: an unknown source, and citations whose passage is missing, not in the source, in another source, or whose hedge is dropped', async () => {
    const f = createFixture('cross-file');
    const lines = [
      'En mening till.<Kalla id="finsamlagen" />',
      'Förbundet har många anställda.<Kalla id="avsiktsforklaring" citat="Förbundet har 500 anställda" />',
      'Samverkan gäller personer mellan 16 och 67 år.<Kalla id="avsiktsforklaring" citat="Samverkan avser personer i åldern 16-67 år." />',
      'En mening utan citat.<Kalla id="avsiktsforklaring" />',
      'En interimistisk styrelse bildades.<Kalla id="beslutsunderlag-lansforbund" citat="föreslås att det bildas en interimistisk styrelse" />',
    ];
    f.edit('content/kommuner/arboga.mdx', (t) => `${t.trimEnd()}\n\n${lines.join('\n\n')}\n`);
    const text = readFileSync(`${f.dir}/content/kommuner/arboga.mdx`, 'utf8').split('\n');
    const line = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    const at = (needle: string) => `content/kommuner/arboga\\.mdx, rad ${line(needle)}: fältet `;
    await expectRejected(
      f,
      new RegExp(`${at('finsamlagen')}<Kalla id="finsamlagen"> pekar på källan "finsamlagen"`),
      new RegExp(`${at('500 anställda')}<Kalla id="avsiktsforklaring"> citatet ”Förbundet har 500 anställda” finns inte i källan "avsiktsforklaring"`),
      new RegExp(`${at('16-67')}<Kalla id="avsiktsforklaring"> citatet .* Citatet står i källan "sfv-om-oss": byt id till den källan`),
      new RegExp(`${at('utan citat')}<Kalla id="avsiktsforklaring"> har inget citat`),
      new RegExp(`${at('interimistisk styrelse bildades')}<Kalla id="beslutsunderlag-lansforbund"> citerar ”föreslås att det bildas`),
    );
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
    const title = readFileSync(`${f.dir}/content/sidor/om.mdx`, 'utf8').split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    await expectRejected(
      f,
      /content\/sidor\/kommuner\.mdx: filnamnet ger adressen \/kommuner\/, som redan är en sida på webbplatsen/,
      /content\/sidor\/nyheter\.MDX: filändelsen ska skrivas med små bokstäver, .* Byt namn till "nyheter\.mdx"\./,
      new RegExp(`content/sidor/om\\.mdx, rad ${title + 1}: fältet title står två gånger \\(rad ${title} och rad ${title + 1}\\)`),
    );
  });

  it('a key written twice in a glossary file, read at config time', async () => {
    const f = createFixture('glossary-yaml');
    f.edit('content/ordlista/esf.yaml', (t) => `${t.trimEnd()}\nterm: "ESF-medel"\n`);
    const lines = readFileSync(`${f.dir}/content/ordlista/esf.yaml`, 'utf8').trimEnd().split('\n');
    const [first, line] = [lines.findIndex((l) => l.startsWith('term:')) + 1, lines.length];
    await expectRejected(
      f,
      new RegExp(`content/ordlista/esf\\.yaml, rad ${line}: fältet term står två gånger \\(rad ${first} och rad ${line}\\)`),
    );
  });

  it('a compound word without its parts, read at config time', async () => {
    const f = createFixture('compound-parts');
    f.edit('content/sok/sammansattningar.yaml', (t) => `${t}\nförbundsstämma: förbund stämma\n`);
    await expectRejected(f, /content\/sok\/sammansattningar\.yaml: "förbundsstämma" ska följas av minst två delar/);
  });

  it('an everyday word without brackets, read at config time', async () => {
    const f = createFixture('everyday-words');
    f.edit('content/sok/vardagsord.yaml', (t) => `${t}\nstyrelse: ledning\n`);
    await expectRejected(f, /content\/sok\/vardagsord\.yaml: "styrelse" ska följas av vardagsorden inom hakparentes/);
  });
});
