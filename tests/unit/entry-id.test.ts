import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createIdGenerator } from '@/lib/entry-id';

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
