/**
 * Hedges kept (issue 13, point 4). Where a cited passage proposes, estimates,
 * intends or plans ("föreslås", "bör", "avser", "uppskattas", "ska" …), the
 * sentence that cites it must say so too, in any words that mark it as not
 * (yet) done ("enligt förslaget", "skulle", "planerades", "beräknades" …),
 * unless another citation on the same sentence quotes a passage without a
 * hedge (a source that confirms it happened).
 *
 * This is a check of words, not of meaning: it finds the sentences a reader
 * could take as fact when the source only proposed them. A sentence that
 * already hedges in other words passes; one that states a plan as done fails
 * until it is rewritten or cites its confirming source.
 */
import { findCitations } from './citations';
import { bodyFirstLine, type ContentEntry } from './integrity';
import type { ContentProblem } from './problems';

/** A whole-word pattern for Swedish (\b does not see å, ä and ö as letters). */
const words = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

/** Words in a passage that make it a proposal, estimate, intention or plan. */
export const PASSAGE_HEDGE = words(
  String.raw`föresl\p{L}*|förslag\p{L}*|bör|borde|avse[rs]?|avsikt(?!sförklaring)\p{L}*|uppskatta\p{L}*|beräkna\p{L}*|planera\p{L}*|planer\p{L}*|ska|skall|skulle|kan|kunna|kommer att|preliminär\p{L}*|tänkt\p{L}*|målet|mål är`,
);

/**
 * Words in a sentence that keep the hedge: any of the passage's kind, or words
 * that qualify it or attribute it to the source ("så skrev förbunden", "i
 * avsiktsförklaringen", "enligt beslutsunderlaget"), in Swedish or English.
 */
export const SENTENCE_HEDGE = words(
  String.raw`föresl\p{L}*|förslag\p{L}*|bör|borde|avse[rs]?|avsikt(?!sförklaring)\p{L}*|uppskatta\p{L}*|beräkna\p{L}*|planera\p{L}*|plan\p{L}*|ska|skall|skulle|kan|kunde|kunna|kommer att|preliminär\p{L}*|tänkt\p{L}*|tanke\p{L}*|mål\p{L}*|budget\p{L}*|enligt|vill|ville|hoppas|räknar med|räknade med|väntas|ut ?redd?\p{L}*|utreda|lovar|lovade|åtar\p{L}*|åtog\p{L}*|inför|bli|skriver|skrev|anser|ansåg|menar|menade|säger|sade|framhåller|framhöll|bedömer|bedömde|tycker|tyckte|står det|står i|avsiktsförklaring\p{L}*|beslutsunderlag\p{L}*|yttrande\p{L}*|tidplan\p{L}*|underlag\p{L}*|according to|proposed|proposal|planned|plan|would|was to|were to|intended|estimated|might|should|must|can|could`,
);

/** The sentence a marker follows: from the end of the sentence before to the marker, without markup. */
export function sentenceBefore(body: string, markerIndex: number): string {
  const before = body
    .slice(0, markerIndex)
    .replace(/<Kalla\b[^>]*\/>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
  // The marker may stand before the full stop or after it: look for the sentence's start before its own end.
  const own = before.replace(/[\s.!?]+$/, '');
  // A full stop ends a sentence only before white space ("finsam.se" does not).
  const ends = [...own.matchAll(/[.!?](?=\s)|\n/g)];
  const last = ends.at(-1);
  const start = last?.index === undefined ? 0 : last.index + 1;
  return before
    .slice(start)
    .replace(/^\s*(?:[-*+>#]+|\d+\.)\s+/, '')
    .trim();
}

export interface HedgeFinding {
  sourceId: string;
  passage: string;
  sentence: string;
  line: number;
}

/** Citations whose passage hedges while their sentence does not, and no unhedged passage cites the same sentence. */
export function droppedHedges(body: string, firstLine = 1): HedgeFinding[] {
  const uses = findCitations(body, firstLine);
  const tags = [...body.matchAll(/<Kalla\b[^>]*\/>/g)];
  // Markers side by side (only white space between them) cite the same sentence.
  const groups: { index: number; uses: typeof uses }[] = [];
  tags.forEach((tag, i) => {
    const use = uses[i];
    if (!use || tag.index === undefined) return;
    const last = groups.at(-1);
    const previous = tags[i - 1];
    const adjacent = last && previous?.index !== undefined && /^\s*$/.test(body.slice(previous.index + previous[0].length, tag.index));
    if (adjacent) last.uses.push(use);
    else groups.push({ index: tag.index, uses: [use] });
  });
  return groups.flatMap((group) => {
    const sentence = sentenceBefore(body, group.index);
    if (SENTENCE_HEDGE.test(sentence)) return [];
    const withPassage = group.uses.filter((u) => u.passage !== undefined);
    if (withPassage.some((u) => !PASSAGE_HEDGE.test(u.passage ?? ''))) return [];
    return withPassage.map((u) => ({ sourceId: u.id, passage: u.passage ?? '', sentence, line: u.line }));
  });
}

/** The hedge check over the site's MDX, as problems for the build. */
export function hedgeProblems(entries: readonly ContentEntry[]): ContentProblem[] {
  return entries.flatMap((entry) =>
    droppedHedges(entry.body ?? '', bodyFirstLine(entry)).map((f) => ({
      file: entry.filePath ?? entry.id,
      field: `<Kalla id="${f.sourceId}">`,
      lines: [f.line],
      message: `citerar ”${f.passage}”, som är ett förslag, en plan eller en uppskattning, men meningen ”${f.sentence}” säger det som om det hade hänt. Skriv att det föreslogs, planerades eller uppskattades (t.ex. "enligt förslaget", "skulle"), eller citera också en källa som visar att det hände.`,
    })),
  );
}
