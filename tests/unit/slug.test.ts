import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '@/lib/slug';
import { slugProblem } from '@/lib/entry-id';

describe('slugify', () => {
  it('makes ASCII slugs: å/ä → a, ö → o', () => {
    expect(slugify('Köping')).toBe('koping');
    expect(slugify('Västerås')).toBe('vasteras');
    expect(slugify('Kungsör')).toBe('kungsor');
    expect(slugify('Region Västmanland')).toBe('region-vastmanland');
    expect(slugify('#KlarFramtid')).toBe('klarframtid');
  });

  it('accepts only lowercase ASCII words joined by hyphens', () => {
    expect(isValidSlug('norra-vastmanland')).toBe(true);
    expect(isValidSlug('Köping')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
  });
});

describe('slugProblem', () => {
  it('explains a file name that cannot become an address', () => {
    expect(slugProblem('koping.mdx', 'content/kommuner')).toBeNull();
    expect(slugProblem('Köping.mdx', 'content/kommuner')).toMatch(/"koping\.mdx"/);
  });
});
