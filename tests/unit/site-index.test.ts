import { describe, expect, it } from 'vitest';
import { groupIndex } from '@/lib/site-index';
import { joinBase } from '@/lib/paths';

describe('groupIndex', () => {
  it('groups pages by type in a fixed order and sorts them in Swedish', () => {
    const groups = groupIndex([
      { type: 'kommun', label: 'Västerås', path: '/kommuner/vasteras/' },
      { type: 'kommun', label: 'Arboga', path: '/kommuner/arboga/' },
      { type: 'sida', label: 'Om', path: '/om/' },
    ]);
    expect(groups.map((g) => g.heading)).toEqual(['Sidor', 'Kommuner']);
    expect(groups[1]?.items.map((i) => i.label)).toEqual(['Arboga', 'Västerås']);
  });
});

describe('joinBase', () => {
  it('prefixes root paths with the base path once', () => {
    expect(joinBase('/', '/kommuner/')).toBe('/kommuner/');
    expect(joinBase('/samordning/', '/kommuner/')).toBe('/samordning/kommuner/');
    expect(joinBase('/samordning', 'om/')).toBe('/samordning/om/');
  });
});
