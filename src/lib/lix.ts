/**
 * LIX (läsbarhetsindex): words per sentence plus the share of long words
 * (more than six letters) in percent. Under 30 is very easy, 30–40 easy,
 * 40–50 medium. A line break ends a sentence too, so headings and list items
 * without a full stop count as sentences, as readers meet them.
 */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?:]+(?=\s|$)|\n+/g;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function sentenceCount(text: string): number {
  return text
    .split(SENTENCE_END)
    .map((part) => part.trim())
    .filter((part) => words(part).length > 0).length;
}

export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

export function lix(text: string): LixResult {
  const all = words(text);
  const sentences = Math.max(1, sentenceCount(text));
  const longWords = all.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  const value = all.length === 0 ? 0 : all.length / sentences + (longWords * 100) / all.length;
  return { lix: Math.round(value * 10) / 10, words: all.length, sentences, longWords };
}
