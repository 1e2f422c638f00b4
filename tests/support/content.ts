/** The content files as editors wrote them: the source for the counts and ids the tests expect. */
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ROOT } from './fixture';

export const CONTENT = join(ROOT, 'content');

/** The ids (file names without extension) of a collection's entries, sorted. */
export function contentIds(collection: string): string[] {
  return readdirSync(join(CONTENT, collection))
    .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
    .map((f) => basename(f, extname(f)))
    .sort();
}
