/**
 * Reads the search's two word lists (content/sok/sammansattningar.yaml and
 * content/sok/vardagsord.yaml) at config time, so that an editor's mistake in
 * them stops the build, the dev server and `astro check` at once with its
 * Swedish message, before a single page is rendered. The pages read the lists
 * again when they are rendered (src/lib/content.ts).
 */
import { readFileSync } from 'node:fs';
import { COMPOUND_LIST_FILE, readCompoundList } from '../lib/compounds';
import { EVERYDAY_WORDS_FILE, readEverydayWords } from '../lib/everyday-words';

export function checkSearchWordLists(): void {
  readCompoundList(readFileSync(COMPOUND_LIST_FILE, 'utf8'), COMPOUND_LIST_FILE);
  readEverydayWords(readFileSync(EVERYDAY_WORDS_FILE, 'utf8'), EVERYDAY_WORDS_FILE);
}
