import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/glossary';

const matcher = createMatcher([
  { id: 'samordningsforbund', forms: ['Samordningsförbund', 'samordningsförbundet'] },
  { id: 'finsam', forms: ['Finsam'] },
]);

describe('glossary matcher', () => {
  it('finds the first use of each term, whole words only, any case', () => {
    const used = new Set<string>();
    const text = 'Samordningsförbundet följer Finsam. Ett samordningsförbund till, och Finsamlagen.';
    expect(matcher.firstUses(text, used)).toEqual([
      { id: 'samordningsforbund', start: 0, end: 20 },
      { id: 'finsam', start: 28, end: 34 },
    ]);
  });

  it('links each term once across several texts on a page', () => {
    const used = new Set<string>();
    expect(matcher.firstUses('Om Finsam.', used)).toHaveLength(1);
    expect(matcher.firstUses('Mer om Finsam och samordningsförbundet.', used).map((m) => m.id)).toEqual(['samordningsforbund']);
  });

  it('does nothing without terms', () => {
    expect(createMatcher([]).firstUses('Finsam', new Set())).toEqual([]);
  });
});
