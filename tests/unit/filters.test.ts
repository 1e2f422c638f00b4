import { describe, expect, it } from 'vitest';
import { filterGroups, filterPath, matchesFilter } from '@/lib/filters';
import type { EventKind } from '@/schemas/vocabulary';

const item = (kind: EventKind, kommuner: string[], allaKommuner = false, parter: string[] = []) => ({
  kind,
  kommuner: kommuner.map((id) => ({ collection: 'kommuner' as const, id })),
  allaKommuner,
  parter: parter.map((id) => ({ collection: 'parter' as const, id })),
});

describe('filters', () => {
  it('offers every kind, municipality and party as a link target', () => {
    const groups = filterGroups(
      [
        { id: 'arbetsformedlingen', name: 'Arbetsförmedlingen' },
        { id: 'forsakringskassan', name: 'Försäkringskassan' },
      ],
      [{ id: 'koping', name: 'Köping' }],
      ['möte', 'beslut', 'dokument'],
      [item('möte', ['koping'], false, ['arbetsformedlingen']), item('beslut', [])],
    );
    // Only values with at least one match are offered, so every filter link leads to a page.
    expect(groups.map((g) => g.options.map((o) => o.value))).toEqual([['mote', 'beslut'], ['koping'], ['arbetsformedlingen']]);
    expect(filterPath('tidslinje', { dimension: 'typ', value: 'mote' })).toBe('/tidslinje/typ/mote/');
  });

  it('matches by kind, municipality (or all) and party', () => {
    expect(matchesFilter(item('möte', []), { dimension: 'typ', value: 'mote' })).toBe(true);
    expect(matchesFilter(item('beslut', []), { dimension: 'typ', value: 'mote' })).toBe(false);
    expect(matchesFilter(item('beslut', ['koping']), { dimension: 'kommun', value: 'koping' })).toBe(true);
    expect(matchesFilter(item('beslut', [], true), { dimension: 'kommun', value: 'sala' })).toBe(true);
    expect(matchesFilter(item('beslut', ['koping']), { dimension: 'kommun', value: 'sala' })).toBe(false);
    expect(matchesFilter(item('beslut', [], false, ['forsakringskassan']), { dimension: 'part', value: 'forsakringskassan' })).toBe(true);
  });
});
