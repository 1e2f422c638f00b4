/**
 * Everyday words for search. The pages use the words of the authorities
 * ("arbete", "rehabilitering", "Arbetsförmedlingen"); readers type their own
 * ("jobb", "rehab", "af"). The editors' list (content/sok/vardagsord.yaml)
 * pairs a word or phrase the pages use with the everyday words for it. A page
 * that uses the word, in any inflected form or inside a compound, gets the
 * everyday words in its search index, invisibly: they lead a reader to the
 * page and add nothing to what it says.
 */
import { isFormOf } from './search-query';
import { loadYaml } from './yaml';

/** A word or phrase the pages use → the everyday words for it. */
export type EverydayWords = Record<string, string[]>;

/** What an entry may hold: letters, digits, spaces and hyphens ("7-20", "e-post"). */
/** The editors' everyday words for the site's words. */
export const EVERYDAY_WORDS_FILE = 'content/sok/vardagsord.yaml';
const ALLOWED = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Checks the list as read from YAML; each message names the file and the word, for an editor. */
export function parseEverydayWords(data: unknown, file: string): EverydayWords {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(
      `${file}: filen ska lista ord från sidorna med vardagsorden för dem, ett ord per rad, till exempel "arbete: [jobb, jobba]".`,
    );
  }
  const list: EverydayWords = {};
  for (const [word, everyday] of Object.entries(data)) {
    const term = word.trim();
    if (term !== term.toLocaleLowerCase('sv')) throw new Error(`${file}: skriv "${word}" med små bokstäver.`);
    if (!ALLOWED.test(term)) throw new Error(`${file}: "${word}" får bara innehålla bokstäver, siffror, mellanslag och bindestreck.`);
    if (!Array.isArray(everyday) || everyday.length === 0 || everyday.some((e) => typeof e !== 'string' || e.trim() === '')) {
      throw new Error(`${file}: "${word}" ska följas av vardagsorden inom hakparentes, till exempel "${word}: [jobb, jobba]".`);
    }
    list[term] = everyday.map((e: string) => {
      const form = e.trim();
      if (form !== form.toLocaleLowerCase('sv'))
        throw new Error(`${file}: skriv vardagsordet "${form}" (vid "${word}") med små bokstäver.`);
      if (!ALLOWED.test(form)) {
        throw new Error(
          `${file}: vardagsordet "${form}" (vid "${word}") får bara innehålla bokstäver, siffror, mellanslag och bindestreck.`,
        );
      }
      if (form === term) throw new Error(`${file}: "${word}" står som vardagsord för sig självt. Ta bort det ur listan.`);
      return form;
    });
  }
  return list;
}

/** Reads the list from the file's text; any mistake, YAML included, stops with the file and line. */
export function readEverydayWords(raw: string, file: string): EverydayWords {
  // A list with every line taken out (or commented out) is an empty list, not an error.
  if (raw.replace(/#.*$/gm, '').trim() === '') return {};
  return parseEverydayWords(loadYaml(raw, file), file);
}

/** The words of a text, lower case, in order. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('sv').match(WORD) ?? [];
}

/**
 * Finds the everyday words for a text: for every listed word or phrase the text
 * uses (the last word of a phrase in any inflected form, a single word also as
 * a part of a compound), its everyday words. Prepared once for many texts.
 */
export function everydayWordFinder(list: EverydayWords): (text: string, compoundParts?: readonly string[]) => string[] {
  const entries = Object.entries(list).map(([term, everyday]) => ({ words: wordsOf(term), everyday }));
  return (text, compoundParts = []) => {
    const words = wordsOf(text);
    const forms = new Set(words);
    const parts = new Set(compoundParts);
    const found = new Set<string>();
    for (const { words: phrase, everyday } of entries) {
      const last = phrase.length - 1;
      const used =
        phrase.length === 1
          ? parts.has(phrase[0]) || [...forms].some((w) => isFormOf(w, phrase[0]))
          : words.some((_, at) => phrase.every((p, i) => (i === last ? isFormOf(words[at + i] ?? '', p) : words[at + i] === p)));
      if (used) for (const e of everyday) found.add(e);
    }
    return [...found].sort((a, b) => a.localeCompare(b, 'sv'));
  };
}
