/**
 * Swedish compounds for search. Pagefind indexes "förbundsordning" as one word,
 * so a search for "ordning" would miss it. Given a word list (compound → parts,
 * kept in content/sok/sammansattningar.yaml), this finds the compounds a text
 * uses, inflected forms included ("samordningsförbundets" starts with
 * "samordningsförbund"), and returns their parts to be indexed with the page.
 */
import { loadYaml } from './yaml';

export type CompoundList = Record<string, string[]>;

const WORD = /[\p{L}]+/gu;
/** An inflected form may add this many letters to the compound ("-ordningarnas"). */
const MAX_ENDING = 5;

/** Checks the word list as read from YAML; the message names the file and the word, for an editor. */
export function parseCompoundList(data: unknown, file: string): CompoundList {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: filen ska lista sammansatta ord, ett per rad, till exempel "förbundsordning: [förbund, ordning]".`);
  }
  const list: CompoundList = {};
  for (const [word, parts] of Object.entries(data)) {
    if (!Array.isArray(parts) || parts.length < 2 || parts.some((p) => typeof p !== 'string' || p.trim() === '')) {
      throw new Error(`${file}: "${word}" ska följas av minst två delar inom hakparentes, till exempel "${word}: [förbund, ordning]".`);
    }
    if (word !== word.toLocaleLowerCase('sv')) throw new Error(`${file}: skriv "${word}" med små bokstäver.`);
    list[word] = parts.map((p: string) => p.trim());
  }
  return list;
}

/** Reads the word list from the file's text; any mistake, YAML included, stops with the file and line. */
export function readCompoundList(raw: string, file: string): CompoundList {
  return parseCompoundList(loadYaml(raw, file), file);
}

/** Finds the parts of the compounds in a text; the list is prepared once for many texts. */
export function compoundFinder(list: CompoundList): (text: string) => string[] {
  // Longest first, so "länssamordningsförbund" wins over "samordningsförbund".
  const stems = Object.keys(list).sort((a, b) => b.length - a.length);
  const shortest = Math.min(...stems.map((s) => s.length));
  return (text) => {
    const parts = new Set<string>();
    const words = new Set((text.toLocaleLowerCase('sv').match(WORD) ?? []).filter((w) => w.length >= shortest));
    for (const word of words) {
      const stem = stems.find((s) => word.startsWith(s) && word.length - s.length <= MAX_ENDING);
      if (stem) for (const part of list[stem] ?? []) parts.add(part);
    }
    return [...parts].sort((a, b) => a.localeCompare(b, 'sv'));
  };
}

/** The text of an HTML fragment, without scripts, styles, tags or entities. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}
