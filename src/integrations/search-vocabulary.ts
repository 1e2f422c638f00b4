/**
 * `npm run build`, after Pagefind: writes the words of the search index and
 * the editors' everyday words to dist/sok/ord.json (src/lib/search-vocabulary.ts),
 * for the search page. Run with Node: `node src/integrations/search-vocabulary.ts [dist]`.
 */
import { registerHooks } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// src/lib/ imports its modules without extensions, as Vite allows; let Node do the same.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});
const { readFragment, searchVocabulary } = await import('../lib/search-vocabulary.ts');
const { EVERYDAY_WORDS_FILE, readEverydayWords } = await import('../lib/everyday-words.ts');

const dist = process.argv[2] ?? 'dist';
const fragments = join(dist, 'pagefind', 'fragment');
const pages = readdirSync(fragments)
  .filter((file) => file.endsWith('.pf_fragment'))
  .map((file) => readFragment(readFileSync(join(fragments, file))));
const vocabulary = searchVocabulary(pages, readEverydayWords(readFileSync(EVERYDAY_WORDS_FILE, 'utf8'), EVERYDAY_WORDS_FILE));
const out = join(dist, 'sok', 'ord.json');
mkdirSync(join(dist, 'sok'), { recursive: true });
writeFileSync(out, JSON.stringify(vocabulary));
console.log(`Search vocabulary: ${vocabulary.words.length} words from ${pages.length} pages, in ${out}.`);
