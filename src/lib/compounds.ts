/**
 * Swedish compounds for search. Pagefind indexes "förbundsordning" as one word,
 * so a search for "ordning" would miss it. This finds the compounds a text
 * uses and returns their parts, to be indexed with the page. The parts come
 * from the Swedish dictionary (src/lib/decompound.ts); the editors' list
 * (content/sok/sammansattningar.yaml) holds only the exceptions: parts the
 * dictionary does not find or finds wrong, and words that must stay whole.
 * An exception covers the word's inflected forms too ("samordningsförbundets"
 * starts with "samordningsförbund").
 */
import { decompound, type WordList } from './decompound';
import { loadYaml } from './yaml';

/** Compound → its parts; no parts: the word is not to be split. */
export type CompoundList = Record<string, string[]>;

/** What an editor writes instead of parts, for a word that must not be split. */
export const DO_NOT_SPLIT = 'dela inte';
/** The editors' exceptions to the dictionary's splitting. */
export const COMPOUND_LIST_FILE = 'content/sok/sammansattningar.yaml';

const WORD = /[\p{L}]+/gu;
/** An inflected form may add this many letters to the compound ("-ordningarnas"). */
const MAX_ENDING = 5;
/** Parts shorter than this are not indexed: too short to be searched for, and Pagefind finds them as the start of a word. */
const MIN_INDEXED = 3;
/** Shorter words are never compounds (two parts of at least 3 letters, one of them 4). */
const MIN_COMPOUND = 7;

/** Checks the word list as read from YAML; the message names the file and the word, for an editor. */
export function parseCompoundList(data: unknown, file: string): CompoundList {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: filen ska lista sammansatta ord, ett per rad, till exempel "förbundsordning: [förbund, ordning]".`);
  }
  const list: CompoundList = {};
  for (const [word, parts] of Object.entries(data)) {
    if (word !== word.toLocaleLowerCase('sv')) throw new Error(`${file}: skriv "${word}" med små bokstäver.`);
    if (typeof parts === 'string' && parts.trim().toLocaleLowerCase('sv') === DO_NOT_SPLIT) {
      list[word] = [];
      continue;
    }
    if (!Array.isArray(parts) || parts.length < 2 || parts.some((p) => typeof p !== 'string' || p.trim() === '')) {
      throw new Error(
        `${file}: "${word}" ska följas av minst två delar inom hakparentes, till exempel "${word}: [förbund, ordning]", ` +
          `eller av "${DO_NOT_SPLIT}" om ordet inte ska delas.`,
      );
    }
    list[word] = parts.map((p: string) => p.trim());
  }
  return list;
}

/** Reads the word list from the file's text; any mistake, YAML included, stops with the file and line. */
export function readCompoundList(raw: string, file: string): CompoundList {
  return parseCompoundList(loadYaml(raw, file), file);
}

/** The editors' parts for a word or an inflected form of it; undefined if the list does not have it. */
function exceptionFinder(list: CompoundList): (word: string) => string[] | undefined {
  // Longest first, so "länssamordningsförbund" wins over "samordningsförbund".
  const stems = Object.keys(list).sort((a, b) => b.length - a.length);
  return (word) => {
    const stem = stems.find((s) => word.startsWith(s) && word.length - s.length <= MAX_ENDING);
    return stem === undefined ? undefined : list[stem];
  };
}

/**
 * Finds the parts of the compounds in a text: the editors' exceptions first,
 * then, given a dictionary, what it splits. Prepared once for many texts; each
 * word is split once.
 */
export function compoundFinder(list: CompoundList, dictionary?: WordList): (text: string) => string[] {
  const exception = exceptionFinder(list);
  const shortest = Math.min(MIN_COMPOUND, ...Object.keys(list).map((s) => s.length));
  const known = new Map<string, readonly string[]>();
  const partsOf = (word: string): readonly string[] => {
    let parts = known.get(word);
    if (!parts) {
      parts = dictionary ? decompound(word, dictionary, exception) : (exception(word) ?? []);
      known.set(word, parts);
    }
    return parts;
  };
  return (text) => {
    const parts = new Set<string>();
    for (const word of new Set(text.toLocaleLowerCase('sv').match(WORD) ?? [])) {
      if (word.length < shortest) continue;
      for (const part of partsOf(word)) if (part.length >= MIN_INDEXED && part !== word) parts.add(part);
    }
    return [...parts].sort((a, b) => a.localeCompare(b, 'sv'));
  };
}

/** The text of an HTML fragment, without scripts, styles, citation numbers, ignored cells, tags or entities. */
export function plainText(html: string): string {
  return (
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      // Citation numbers and the OCR's misreadings of a source (cells marked data-pagefind-ignore), which search
      // leaves out too. (Larger ignored parts, such as the fact boxes, still count for compounds and everyday words.)
      .replace(/<(sup|td)\b[^>]*\sdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ')
  );
}
