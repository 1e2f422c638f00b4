import { describe, expect, it } from 'vitest';
import { groupByYear, latest, sortEvents, resolveDispute } from '@/lib/timeline';
import { concernsMunicipality, concernsParty } from '@/lib/involvement';
import * as make from '../support/site-content';

const events = [
  make.event('c', '2022-04'),
  make.event('a', '2020-12', { kommuner: [make.ref('kommuner', 'koping')] }),
  make.event('b', '2022', { allaKommuner: true, parter: [make.ref('parter', 'arbetsformedlingen')] }),
];

describe('timeline', () => {
  it('sorts by date, a year before its months', () => {
    expect(sortEvents(events).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('groups by year in date order', () => {
    expect(groupByYear(events, (e) => e).map((g) => [g.year, g.items.map((e) => e.id)])).toEqual([
      [2020, ['a']],
      [2022, ['b', 'c']],
    ]);
  });

  it('knows who took part', () => {
    expect(events.filter((e) => concernsMunicipality(e.data, 'koping')).map((e) => e.id)).toEqual(['a', 'b']);
    expect(events.filter((e) => concernsMunicipality(e.data, 'sala')).map((e) => e.id)).toEqual(['b']);
    expect(events.filter((e) => concernsParty(e.data, 'arbetsformedlingen')).map((e) => e.id)).toEqual(['b']);
  });

  it('returns the latest events first', () => {
    expect(latest(events, 2).map((e) => e.id)).toEqual(['c', 'b']);
  });

  it('leaves the dispute out when the other source is unknown', () => {
    const disputed = make.event('d', '2023', { disputed: { source: make.ref('kallor', 'okand'), citat: ['x'], note: 'x' } });
    expect(resolveDispute(disputed, [make.source('s1')])).toBeUndefined();
  });
});
