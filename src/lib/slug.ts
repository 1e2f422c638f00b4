/** URL slugs are ASCII: å and ä become a, ö becomes o, other accents are dropped. */
const REPLACEMENTS: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', æ: 'ae', ø: 'o' };

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäöæø]/g, (ch) => REPLACEMENTS[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isValidSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}
