/**
 * The Swedish word list that src/lib/decompound.ts splits compounds against:
 * @cspell/dict-sv (GPL-3.0-or-later, from the Swedish hunspell dictionary),
 * read with cspell-trie-lib, once per process.
 *
 * The package's text trie takes about a second to read, so the first read
 * also writes the same trie in cspell-trie-lib's binary format to
 * node_modules/.cache/sok-ordlista/ (the node_modules the dictionary is
 * installed in, so test fixtures and copies of the project share it), which
 * reads in a few milliseconds. The cache is derived: named by a hash of the
 * dictionary file, rebuilt when the dictionary changes or the cache does not
 * read back, and never committed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie, encodeITrieToBTrie, type ITrie } from 'cspell-trie-lib';
import type { WordList } from './decompound';

/** A word that any good read of the dictionary has, to tell a cache that reads back wrong. */
const PROBE = 'förbunds+';

let cached: WordList | undefined;

/** The dictionary package's folder, in node_modules/@cspell/dict-sv. */
function dictionaryFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('@cspell/dict-sv/cspell-ext.json'));
}

function readCache(file: string): ITrie | undefined {
  try {
    const bytes = readFileSync(file);
    const trie = decodeTrie(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return trie.data.has(PROBE) ? trie : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, trie: ITrie): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, encodeITrieToBTrie(trie));
    renameSync(partial, file); // whole or not at all, should two builds write at once
    for (const old of readdirSync(dirname(file))) {
      if (old.endsWith('.btrie') && old !== basename(file)) rmSync(join(dirname(file), old), { force: true }); // an earlier dictionary's
    }
  } catch {
    // No cache (a read-only tree, say): the next build reads the text trie again.
  }
}

/** The Swedish word list, read once per process. */
export function swedishWordList(): WordList {
  if (cached) return cached;
  const folder = dictionaryFolder();
  const gz = readFileSync(join(folder, 'Swedish.trie.gz'));
  const hash = createHash('sha256').update(gz).digest('hex').slice(0, 16);
  const cacheFile = join(folder, '..', '..', '.cache', 'sok-ordlista', `sv-${hash}.btrie`);
  let trie = readCache(cacheFile);
  if (!trie) {
    trie = decodeTrie(gunzipSync(gz).toString('utf8'));
    writeCache(cacheFile, trie);
  }
  // The exact entry: ITrie's own hasWord would also accept any word it can compound itself.
  const { data } = trie;
  cached = { has: (entry) => data.has(entry) };
  return cached;
}
