import { describe, expect, it } from 'vitest';
import { groupByYear, involvesMunicipality, involvesParty, latest } from '@/lib/timeline';

const event = (id: string, date: string, extra: Partial<{ kommuner: string[]; allaKommuner: boolean; parter: string[] }> = {}) => ({
  id,
  data: {
    date,
    kind: 'beslut',
    kommuner: (extra.kommuner ?? []).map((k) => ({ id: k })),
    allaKommuner: extra.allaKommuner ?? false,
    parter: (extra.parter ?? []).map((p) => ({ id: p })),
    forbund: [],
    perspektiv: [],
  },
});

const events = [event('c', '2022-04'), event('a', '2020-12', { kommuner: ['koping'] }), event('b', '2022', { allaKommuner: true, parter: ['arbetsformedlingen'] })];

describe('timeline', () => {
  it('groups by year in date order', () => {
    expect(groupByYear(events).map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      [2020, ['a']],
      [2022, ['b', 'c']],
    ]);
  });

  it('knows who took part', () => {
    expect(events.filter((e) => involvesMunicipality(e, 'koping')).map((e) => e.id)).toEqual(['a', 'b']);
    expect(events.filter((e) => involvesMunicipality(e, 'sala')).map((e) => e.id)).toEqual(['b']);
    expect(events.filter((e) => involvesParty(e, 'arbetsformedlingen')).map((e) => e.id)).toEqual(['b']);
  });

  it('returns the latest events first', () => {
    expect(latest(events, 2).map((e) => e.id)).toEqual(['c', 'b']);
  });
});
