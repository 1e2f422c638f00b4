import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createIdGenerator, fileNameProblems } from '@/lib/entry-id';
import { contentFileProblems, DATA_EXTENSIONS, TEXT_EXTENSIONS } from '@/lib/content-loaders';

describe('createIdGenerator', () => {
  const folder = mkdtempSync(join(tmpdir(), 'entry-id-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('turns a file name into the address', () => {
    expect(createIdGenerator(folder)({ entry: 'koping.mdx' })).toBe('koping');
  });

  it('file name that cannot be an address', () => {
    expect(() => createIdGenerator('./content/tidslinje')({ entry: 'Händelse.mdx' })).toThrow(
      'Filnamnet "./content/tidslinje/Händelse.mdx" kan inte bli en webbadress. Använd bara små bokstäver a–z, siffror och bindestreck (å och ä blir a, ö blir o), till exempel "handelse.mdx".',
    );
  });

  it('duplicate slug', () => {
    for (const name of ['koping.mdx', 'koping.md']) writeFileSync(join(folder, name), '');
    const generate = createIdGenerator(folder);
    generate({ entry: 'koping.mdx' });
    expect(() => generate({ entry: 'koping.md' })).toThrow(
      `Två filer i ${folder}/ får samma adress "koping": koping.mdx och koping.md. Byt namn på den ena eller ta bort den.`,
    );
  });
});

describe('fileNameProblems', () => {
  it('rejects an extension in upper case, which the loader would skip', () => {
    expect(
      fileNameProblems(['koping.MDX', 'sala.mdx', 'bild.png', 'arboga.Md'], './content/kommuner', { extensions: TEXT_EXTENSIONS }),
    ).toEqual([
      {
        file: './content/kommuner/koping.MDX',
        field: '',
        message: 'filändelsen ska skrivas med små bokstäver, annars kommer filen inte med på webbplatsen. Byt namn till "koping.mdx".',
      },
      expect.objectContaining({ file: './content/kommuner/arboga.Md', message: expect.stringMatching(/"arboga\.md"\.$/) }),
    ]);
    expect(fileNameProblems(['serie.YAML'], './content/bidrag', { extensions: DATA_EXTENSIONS })[0]?.message).toMatch(/"serie\.yaml"/);
  });

  it('rejects a page whose address a generated page already has', () => {
    expect(
      fileNameProblems(['kommuner.mdx', 'om.mdx'], './content/sidor', { extensions: TEXT_EXTENSIONS, reserved: ['kommuner', 'sok'] }),
    ).toEqual([
      {
        file: './content/sidor/kommuner.mdx',
        field: '',
        message:
          'filnamnet ger adressen /kommuner/, som redan är en sida på webbplatsen. Välj ett annat namn; de här namnen är upptagna: kommuner, sok.',
      },
    ]);
  });
});

describe('contentFileProblems', () => {
  it('reports file names and YAML (keys written twice) of a folder together', () => {
    const files: Record<string, string> = {
      './content/sidor/om.mdx': '---\ntitle: Om\ntitle: Om oss\n---\nText.',
      './content/sidor/ny.MDX': '---\ntitle: Ny\n---\n',
    };
    const problems = contentFileProblems(
      './content/sidor',
      ['om.mdx', 'ny.MDX'],
      { extensions: TEXT_EXTENSIONS },
      (path) => files[path] ?? '',
    );
    expect(problems.map((p) => [p.file, p.field, p.lines])).toEqual([
      ['./content/sidor/ny.MDX', '', undefined],
      ['./content/sidor/om.mdx', 'title', [3]],
    ]);
  });
});
