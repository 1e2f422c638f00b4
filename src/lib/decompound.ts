/**
 * Splits a Swedish compound into its parts against a word list, for search
 * ("samordningsförbundets" → samordning, förbund).
 *
 * The word list is the Swedish hunspell dictionary as cspell ships it
 * (src/lib/swedish-dictionary.ts), in cspell's notation: besides the plain
 * words ("förbund", "förbundets") it lists the forms a word takes inside a
 * compound, marked with "+": "förbunds+" may begin a compound, "+ordning"
 * may end one, "+medlems+" may stand between two parts. Those forms carry the
 * linking letters the dictionary's authors allow ("förbunds+", "arbets+",
 * "skol+", "kvinno+", "tjänste+"), so the splitter does not guess linking
 * letters: it only accepts what the dictionary says may be joined. That is
 * what keeps it from splitting simple words ("kom" and "till" may not begin a
 * compound, so "kommun" and "tillgång" stay whole).
 *
 * The algorithm, conservative on purpose (a wrong part gives a search false
 * hits; a missed one costs only what Pagefind already lacked):
 * 1. Find every way to cut the word into a begin form, middle forms and an end
 *    form, at most MAX_PARTS. A begin or middle form has at least MIN_PART
 *    letters (so never "kom", "mot", "del"); particles are never parts
 *    (NOT_PARTS: "underlag", "framtid"); a last part under MIN_BARE_END letters
 *    needs a linking letter before it ("arbets|liv", not "egen|dom"); "-ande"
 *    is a suffix, not a part. Three equal consonants are written as two
 *    ("process|stöd" in "processtöd"). Of these cuts keep the one with the
 *    fewest parts, then the longest last part (Swedish compounds put the head
 *    last: "arbets|förmedlingen", not "arbetsför|medlingen").
 * 2. Turn each part into the word it stands for, trying only forms the list has
 *    as words: a begin or middle form loses its linking letter, -s ("läns" →
 *    län) or -s for a dropped -e ("arbets" → arbete); gets back a dropped -a
 *    ("skol" → skola, if "skolan" is a word: a noun, not a verb like "vårda"),
 *    -e ("ägar" → ägare), or -a for -o/-u ("kvinno" → kvinna, "gatu" → gata);
 *    or loses an -e ("tjänste" → tjänst). The last part loses its inflection
 *    ("förbundets" → förbund, "medlemmar" → medlem, "grundregler" → regel)
 *    unless it is a base form itself (it has a definite form: "order",
 *    "ordern"). When no candidate is a word, the part stays as written.
 * 3. Split those parts again ("arbetsmarknad|nämnd" → arbetsmarknad, arbete,
 *    marknad, nämnd), so that every level of the compound is found.
 * Names (in the list only with a capital letter: "Skinnskatteberg") and words
 * too short for two parts are never split. The editors' exceptions
 * (content/sok/sammansattningar.yaml) win at every level.
 */

/** A word list in cspell's notation: "förbund", "förbunds+", "+förbund", "+förbunds+". */
export interface WordList {
  has(entry: string): boolean;
}

/** The shortest begin or middle form, linking letters included: "läns", "livs", "barn"; never "kom" or "mot". */
const MIN_PART = 4;
/** The shortest last part: "tjänste|man", "arbets|liv". */
const MIN_END = 3;
/** A last part shorter than this needs a linking letter before it ("arbets|liv"), so "egendom" is not egen + dom. */
const MIN_BARE_END = 4;
const MAX_PARTS = 4;
/** How deep parts are split again (a part of a part of a part). */
const MAX_DEPTH = 3;
/**
 * Particles and adverbs the dictionary lets begin a compound, left out: their
 * compounds are particle verbs and words made from them, whose meaning is not
 * the sum of the parts ("underlag" is not a law, "framtid", "fortsätta",
 * "fastställa", "genomgående", "övergång").
 */
const NOT_PARTS = new Set(['under', 'över', 'genom', 'fram', 'fort', 'fast', 'efter', 'kring', 'åter', 'mellan', 'sönder', 'vidare']);
/** Last parts that are really a suffix: "-ande" (bildande, genomförande) is not "ande". */
const NOT_ENDS = new Set(['ande']);

/** Inflection of a compound's last part, longest first, with what replaces it: "kvinnorna" → "kvinna". */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['arnas', ''],
  ['ernas', ''],
  ['ornas', 'a'],
  ['arna', ''],
  ['erna', ''],
  ['orna', 'a'],
  ['rnas', ''],
  ['rna', ''],
  ['ens', ''],
  ['ets', ''],
  ['ars', ''],
  ['ers', ''],
  ['ors', 'a'],
  ['ans', 'a'],
  ['nas', ''],
  ['ns', ''],
  ['ts', ''],
  ['ar', ''],
  ['er', ''],
  ['or', 'a'],
  ['an', 'a'],
  ['en', ''],
  ['et', ''],
  ['na', ''],
  ['es', 'e'],
  ['as', 'a'],
  ['r', ''],
  ['n', ''],
  ['t', ''],
  ['s', ''],
  ['a', ''],
  ['e', ''],
];
/** A word that takes one of these is a base form itself ("order" → "ordern"), not an inflection of a shorter one. */
const DEFINITE = ['en', 'n', 'et', 't'];

const CONSONANT = '[bcdfghjklmnpqrstvwxz]';
const IS_CONSONANT = new RegExp(`^${CONSONANT}$`);

type Role = 'begin' | 'middle' | 'end';
const ENTRY: Record<Role, (form: string) => string> = {
  begin: (form) => `${form}+`,
  middle: (form) => `+${form}+`,
  end: (form) => `+${form}`,
};

/** The word or form is in the list, as written or, for names, capitalised. */
function listed(list: WordList, role: Role | 'word', form: string): boolean {
  const entry = (f: string) => (role === 'word' ? f : ENTRY[role](f));
  return list.has(entry(form)) || list.has(entry(form.charAt(0).toLocaleUpperCase('sv') + form.slice(1)));
}

/**
 * What may follow a part that ends at `at`. Three equal consonants are written
 * as two ("process" + "stöd" = "processtöd"), so after a double consonant the
 * next part may also begin with that letter again.
 */
function restsAfter(word: string, at: number): string[] {
  const rest = word.slice(at);
  const last = word.charAt(at - 1);
  const tripled = IS_CONSONANT.test(last) && word.charAt(at - 2) === last && !rest.startsWith(last);
  return tripled ? [rest, last + rest] : [rest];
}

/** A part as written in the word, and the word it stands for. */
interface Piece {
  form: string;
  base: string;
}

/** The form shows a linking letter: it is not a word by itself ("arbets", "tjänste", "skol"), or is one plus -s ("läns"). */
function linked(form: string, list: WordList): boolean {
  return !listed(list, 'word', form) || (form.endsWith('s') && listed(list, 'word', form.slice(0, -1)));
}

/** Every cut of `word` into at most `room` pieces: a begin (or middle) form, middle forms, an end form. */
function cuts(word: string, role: 'begin' | 'middle', room: number, list: WordList): Piece[][] {
  const found: Piece[][] = [];
  if (role === 'middle' && word.length >= MIN_END && listed(list, 'end', word)) {
    const base = endBase(word, list);
    if (!NOT_ENDS.has(base)) found.push([{ form: word, base }]);
  }
  if (room < 2) return found;
  for (let at = MIN_PART; word.length - at >= MIN_END; at++) {
    const form = word.slice(0, at);
    if (NOT_PARTS.has(form) || !listed(list, role, form)) continue;
    const base = joiningBase(form, list);
    for (const rest of restsAfter(word, at).flatMap((r) => cuts(r, 'middle', room - 1, list))) {
      const last = rest.length === 1 ? rest[0] : undefined;
      // A short last part only after a linking letter: "arbets|liv", not "egen|dom" or "sjuk|dom".
      if (last && last.base.length < MIN_BARE_END && !linked(form, list)) continue;
      found.push([{ form, base }, ...rest]);
    }
  }
  return found;
}

/** The cut with the fewest parts, then the longest last part; none if the word is not a compound. */
function bestCut(word: string, list: WordList): Piece[] | undefined {
  let best: Piece[] | undefined;
  const lastLength = (cut: Piece[]) => cut.at(-1)?.form.length ?? 0;
  for (const cut of cuts(word, 'begin', MAX_PARTS, list)) {
    if (!best || cut.length < best.length || (cut.length === best.length && lastLength(cut) > lastLength(best))) best = cut;
  }
  return best;
}

const DOUBLED = new RegExp(`(${CONSONANT})\\1$`);
const LOST_E = new RegExp(`${CONSONANT}[lnr]$`);

/**
 * A stem as the word it is, if the list has it (and, for a last part, as a
 * compound's end): as written, with a doubled consonant made single
 * ("medlemm" → medlem) or with the e that the plural drops ("regl" → regel).
 */
function asWord(stem: string, list: WordList, role: 'word' | 'end'): string | undefined {
  const candidates = [stem];
  if (DOUBLED.test(stem)) candidates.push(stem.slice(0, -1));
  if (LOST_E.test(stem)) candidates.push(`${stem.slice(0, -1)}e${stem.slice(-1)}`);
  return candidates.find((c) => c.length >= MIN_END && listed(list, 'word', c) && (role === 'word' || listed(list, 'end', c)));
}

/** The word a begin or middle form stands for, without linking letters. */
function joiningBase(form: string, list: WordList): string {
  const stem = form.endsWith('s') ? form.slice(0, -1) : undefined;
  // A noun in -a loses it in a compound ("käll" of källa); "källan" tells it from a verb ("vård", not "vårda").
  const aNoun = listed(list, 'word', `${form}an`) ? [`${form}a`] : [];
  const candidates = [
    ...(stem ? [stem, `${stem}e`] : []), // läns → län, arbets → arbete
    ...aNoun, // skol → skola, käll → källa
    form, // kommun, barn
    `${form}e`, // ägar → ägare
    ...(/[ou]$/.test(form) ? [`${form.slice(0, -1)}a`] : []), // kvinno → kvinna, gatu → gata
    ...(form.endsWith('e') ? [form.slice(0, -1)] : []), // tjänste → tjänst
  ];
  return candidates.find((c) => c.length >= MIN_END && listed(list, 'word', c)) ?? form;
}

/** The base form of a compound's last part ("förbundets" → förbund), if the list has one. */
function endBase(form: string, list: WordList): string {
  if (DEFINITE.some((d) => listed(list, 'word', form + d))) return form;
  for (const [ending, replacement] of ENDINGS) {
    if (!form.endsWith(ending)) continue;
    const base = asWord(form.slice(0, -ending.length) + replacement, list, 'end');
    if (base) return base;
  }
  return form;
}

/** Parts an editor has given for a word (src/lib/compounds.ts); [] keeps it whole, undefined leaves it to the dictionary. */
export type Exceptions = (word: string) => readonly string[] | undefined;

function split(word: string, list: WordList, exceptions: Exceptions, depth: number): string[] {
  const given = exceptions(word);
  if (given) return [...given];
  if (depth >= MAX_DEPTH || word.length < MIN_PART + MIN_END) return [];
  if (!list.has(word) && listed(list, 'word', word)) return []; // a name: "Skinnskatteberg"
  const cut = bestCut(word, list);
  if (!cut) return [];
  const parts = new Set<string>();
  for (const { form, base } of cut) {
    parts.add(base);
    // An exception for the part as written counts too: "fullmäktige" in "kommunfullmäktige".
    for (const sub of exceptions(form) ?? split(base, list, exceptions, depth + 1)) parts.add(sub);
  }
  parts.delete(word);
  return [...parts];
}

/**
 * The parts of a lower-case word, in base form, every level of the compound
 * included ("arbetsmarknadsnämnd" → arbetsmarknad, arbete, marknad, nämnd);
 * [] for a word that is not a compound. An editor's exception wins at every
 * level, for the word and for its parts.
 */
export function decompound(word: string, list: WordList, exceptions: Exceptions = () => undefined): string[] {
  return split(word, list, exceptions, 0);
}
