/**
 * Passages: finding a short verbatim quote in the published full text of a
 * source, and checking that a transcription (content/kalltexter/*.yaml) is
 * faithful to its raw original(s). Pure functions, no Astro imports.
 *
 * Everything is compared after `normalizeForMatch`, which only evens out what a
 * PDF extraction or a keyboard varies (line breaks, hyphenation at line ends,
 * quote characters, soft hyphens, kinds of space). Letters, case and dashes are
 * compared exactly, so a quote on the site has to be the document's own words.
 */

/** The searchable text of one block of a transcription. */
export interface TextBlock {
  id: string;
  /** For a heading or paragraph its text; for a list or table the items or cells joined with a space. */
  text: string;
  /** For a list or table: each item or cell on its own (checked one by one against the original). */
  parts?: readonly string[];
  /** For a table: each row's cells joined with a space, in order (a passage across cells lands on its row). */
  rows?: readonly string[];
}

/** A correction of extraction or OCR damage: `from` as in the original, `to` as published. */
export interface Correction {
  from: string;
  to: string;
}

/** One item of `delar` in content/kalltexter/*.yaml: an id and exactly one of the four kinds of content. */
export interface TranscriptionPart {
  id: string;
  rubrik?: string;
  text?: string;
  punkter?: readonly string[];
  /** First row: column headings (may be editorial, so they are neither searched nor checked); then one list per row. */
  tabell?: readonly (readonly string[])[];
}

// Every quote character a document, an extraction or an editor may use; all become `"`.
const QUOTES = /["”“„‟«»‹›'’‘‚′″]/g;
// A hyphen at a line end between two lower-case letters is hyphenation ("förbunds-\nordning"),
// unless the next word shows a shared-part hyphen ("för-\noch nackdelar").
const LINE_END_HYPHENATION = /(\p{Ll})-[^\S\n]*\n\s*(?!(?:och|eller|samt|respektive|resp\.|till)\s)(?=\p{Ll})/gu;
// A hyphen at a line end after a capital or digit is a real hyphen ("ESF-\nprojektet", "16-\n64"): keep it, drop the break.
const LINE_END_HYPHEN = /([\p{Lu}\p{N}])-[^\S\n]*\n\s*(?=[\p{L}\p{N}])/gu;

/** normalizeForMatch without the trimming, for the pieces of a correction (a space at an end may matter there). */
function normalizeUntrimmed(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(QUOTES, '"')
    .replace(LINE_END_HYPHENATION, '$1')
    .replace(LINE_END_HYPHEN, '$1-')
    .replace(/\s+/g, ' ');
}

/** For matching: NFC; soft hyphens removed; quotes unified; line-end hyphenation joined; white space collapsed; trimmed. */
export function normalizeForMatch(text: string): string {
  return normalizeUntrimmed(text).trim();
}

/** The first block whose normalized text contains the normalized passage, or undefined (also for an empty passage). */
export function findPassage(passage: string, blocks: readonly TextBlock[]): TextBlock | undefined {
  const wanted = normalizeForMatch(passage);
  if (wanted === '') return undefined;
  return blocks.find((block) => normalizedText(block).includes(wanted));
}

/** The 1-based row of a table block that holds the passage, or undefined (not a table, or across rows). */
export function rowOfPassage(passage: string, block: TextBlock): number | undefined {
  const wanted = normalizeForMatch(passage);
  const index = block.rows?.findIndex((row) => normalizeForMatch(row).includes(wanted)) ?? -1;
  return index === -1 || wanted === '' ? undefined : index + 1;
}

// A block's normalized text, worked out once: a build looks up a thousand passages in the same blocks.
const normalizedBlocks = new WeakMap<TextBlock, string>();
function normalizedText(block: TextBlock): string {
  let text = normalizedBlocks.get(block);
  if (text === undefined) {
    text = normalizeForMatch(block.text);
    normalizedBlocks.set(block, text);
  }
  return text;
}

/** The searchable blocks of a transcription's `delar`, in reading order. */
export function textBlocksOf(parts: readonly TranscriptionPart[]): TextBlock[] {
  return parts.map((part) => {
    const pieces = part.punkter ?? part.tabell?.slice(1).flat() ?? [part.rubrik ?? part.text ?? ''];
    const nonEmpty = pieces.filter((piece) => piece.trim() !== '');
    if (part.tabell) {
      const rows = part.tabell.slice(1).map((row) => row.filter((cell) => cell.trim() !== '').join(' '));
      return { id: part.id, text: nonEmpty.join(' '), parts: nonEmpty, rows };
    }
    return part.punkter ? { id: part.id, text: nonEmpty.join(' '), parts: nonEmpty } : { id: part.id, text: nonEmpty[0] ?? '' };
  });
}

/** A short, quoted start of a text for messages to editors. */
function quoteStart(text: string, length = 60): string {
  return `”${text.length > length ? `${text.slice(0, length).trimEnd()} …` : text}”`;
}

function replaceAll(text: string, from: string, to: string): string {
  return text.split(from).join(to);
}

/**
 * Applies corrections in order to the normalized original. Each correction
 * changes every occurrence of its `from` in the text as corrected so far.
 * Throws (in Swedish) if a correction's `from` is not found.
 */
export function applyCorrections(original: string, corrections: readonly Correction[]): string {
  let text = normalizeForMatch(original);
  for (const correction of corrections) {
    const from = normalizeUntrimmed(correction.from);
    if (from.trim() === '' || !text.includes(from)) {
      throw new Error(
        `Rättelsen ${quoteStart(correction.from)} → ${quoteStart(correction.to)} finns inte i originalet (efter de tidigare rättelserna).`,
      );
    }
    text = normalizeForMatch(replaceAll(text, from, normalizeUntrimmed(correction.to)));
  }
  return text;
}

/** Like applyCorrections, but collects the corrections that are not found instead of throwing. */
function correctLeniently(original: string, corrections: readonly Correction[]): { text: string; unused: Correction[] } {
  const unused: Correction[] = [];
  let text = normalizeForMatch(original);
  for (const correction of corrections) {
    try {
      text = applyCorrections(text, [correction]);
    } catch {
      unused.push(correction);
    }
  }
  return { text, unused };
}

/** Removes every occurrence of each omitted string (page numbers, headers) from a normalized text. */
function removeOmitted(text: string, omitted: readonly string[]): string {
  return normalizeForMatch(omitted.map(normalizeForMatch).reduce((rest, piece) => (piece ? replaceAll(rest, piece, ' ') : rest), text));
}

/** The start of the first occurrence of `piece` at or after `from` that lies wholly in text not yet covered, or -1. */
function findUncovered(text: string, piece: string, covered: readonly boolean[], from: number): number {
  for (let at = text.indexOf(piece, from); at !== -1; at = text.indexOf(piece, at + 1)) {
    if (!covered.slice(at, at + piece.length).includes(true)) return at;
  }
  return -1;
}

/** The passages of the primary original that no block covers and that contain letters. */
function uncoveredPassages(primary: string, pieces: readonly string[]): string[] {
  const covered = Array.from(primary, () => false);
  let cursor = 0;
  for (const piece of pieces) {
    // Reading order first, so that a short heading is taken from its own place and not from inside a paragraph.
    let at = findUncovered(primary, piece, covered, cursor);
    if (at === -1) at = findUncovered(primary, piece, covered, 0);
    if (at === -1) continue;
    covered.fill(true, at, at + piece.length);
    cursor = at + piece.length;
  }
  const leftovers: string[] = [];
  let run = '';
  for (let i = 0; i <= primary.length; i++) {
    if (i < primary.length && !covered[i]) {
      run += primary[i];
      continue;
    }
    if (/\p{L}/u.test(run)) leftovers.push(run.trim());
    run = '';
  }
  return leftovers;
}

/**
 * Checks a transcription against its raw original(s), the primary first.
 * Returns problems in Swedish; an empty list means the transcription is faithful:
 * every block (heading, paragraph, list item, table cell) is found in one of the
 * corrected originals, every correction is used in the primary original, every
 * omitted string is in it, and nothing with letters is left of the primary
 * original once the blocks and the omitted strings are taken out.
 */
export function checkTranscription(
  originals: readonly string[],
  blocks: readonly TextBlock[],
  corrections: readonly Correction[],
  omitted: readonly string[] = [],
): string[] {
  if (originals.length === 0) return ['Avskriften har inget original att jämföras med.'];
  const problems: string[] = [];

  const primary = correctLeniently(originals[0], corrections);
  for (const correction of primary.unused) {
    problems.push(
      `Rättelsen ${quoteStart(correction.from)} → ${quoteStart(correction.to)} finns inte i originalet (efter de tidigare rättelserna).`,
    );
  }
  for (const piece of omitted) {
    if (!normalizeForMatch(piece) || !primary.text.includes(normalizeForMatch(piece)))
      problems.push(`Det utelämnade ${quoteStart(piece)} finns inte i originalet.`);
  }
  // A secondary original gets the corrections that fit it; it only has to contain blocks the primary lacks.
  const prepared = [primary.text, ...originals.slice(1).map((original) => correctLeniently(original, corrections).text)].map((text) =>
    removeOmitted(text, omitted),
  );

  const pieces: string[] = [];
  for (const block of blocks) {
    for (const piece of (block.parts ?? [block.text]).map(normalizeForMatch).filter(Boolean)) {
      pieces.push(piece);
      if (!prepared.some((text) => text.includes(piece))) {
        problems.push(`Delen ”${block.id}” finns inte ordagrant i originalet: ${quoteStart(piece)}`);
      }
    }
  }
  for (const leftover of uncoveredPassages(prepared[0], pieces)) {
    problems.push(`Den här texten i originalet saknas i avskriften: ${quoteStart(leftover, 80)}`);
  }
  return problems;
}

// Percent-encoding for a text directive: encodeURIComponent leaves "-" alone, but it is the directive's own syntax.
function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The passage as it is written in the block (its quote characters, spaces and
 * soft hyphens), for a text fragment that must match the page's own text; or
 * undefined when the block does not hold it.
 */
export function passageAsWritten(passage: string, blockText: string): string | undefined {
  const wanted = normalizeForMatch(passage);
  if (!wanted || !normalizeForMatch(blockText).includes(wanted)) return undefined;
  const pattern = [...wanted]
    .map((char) => {
      if (char === '"') return QUOTES.source;
      if (char === ' ') return '\\s+';
      return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('\u00AD?');
  return new RegExp(pattern, 'u').exec(blockText.normalize('NFC'))?.[0];
}

/**
 * A text fragment (`:~:text=…`) that makes a browser scroll to and highlight the
 * passage, per the URL Fragment Text Directives spec. Always the whole passage,
 * not a textStart,textEnd range: the browser takes the first match on the page,
 * and a few words at each end may also stand in the page's own summary above
 * the source's text. Quote marks at the ends are dropped (the page may use
 * other quote characters than the citation).
 */
export function textFragment(passage: string): string {
  const words = passage
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["”“„«»'’‘]+|["”“„«»'’‘]+$/g, '');
  return `:~:text=${encodeTextDirectivePart(words)}`;
}
