/** The timeline in the sources' order (issue 13, point 5): mixed precision, seasons and "därefter". */
import { describe, expect, it } from 'vitest';
import { orderProblems, sortEvents } from '@/lib/timeline';
import { pubDateOf } from '@/lib/feeds';
import * as make from '../support/site-content';

const after = (id: string) => ({ efter: make.ref('tidslinje', id) });

describe('timeline order', () => {
  it('puts a season at its months: spring before summer, after January and a year-only step', () => {
    const events = [
      make.event('sommar', '2022', { season: 'sommar' }),
      make.event('var', '2022', { season: 'var' }),
      make.event('jan', '2022-01'),
      make.event('ar', '2022'),
      make.event('april', '2022-04'),
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['ar', 'jan', 'var', 'april', 'sommar']);
  });

  it('moves an event the source puts after another ("därefter") to just after it, keeping a chain in order', () => {
    const events = [
      make.event('darefter', '2022', after('april')),
      make.event('sist', '2022', after('darefter')),
      make.event('jan-mars', '2022-01', { end: '2022-03' }),
      make.event('april', '2022-04'),
      make.event('juni', '2022-06'),
      make.event('2023', '2023'),
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['jan-mars', 'april', 'darefter', 'sist', 'juni', '2023']);
  });

  it('reports an efter to itself, to another year, or in a circle', () => {
    const problems = orderProblems([
      make.event('själv', '2022', after('själv')),
      make.event('annat-ar', '2022', after('forra')),
      make.event('forra', '2021'),
      make.event('a', '2022', after('b')),
      make.event('b', '2022', after('a')),
    ]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'efter: pekar på händelsen själv. Ange händelsen som den här kommer efter.',
      'efter: pekar på "forra", som är från ett annat år. efter ordnar bara händelser inom samma år.',
      'efter: bildar en cirkel: a → b → a. Ta bort efter i en av dem.',
      'efter: bildar en cirkel: b → a → b. Ta bort efter i en av dem.',
    ]);
  });

  it('dates a season in the feeds from its first month, not 1 January', () => {
    expect(pubDateOf('2022', 'var').toISOString().slice(0, 10)).toBe('2022-03-01');
    expect(pubDateOf('2022', 'sommar').toISOString().slice(0, 10)).toBe('2022-06-01');
    expect(pubDateOf('2022').toISOString().slice(0, 10)).toBe('2022-01-01');
  });
});

describe('timeline order in a filtered list', () => {
  it('leaves an event at its date when the event it follows is not in the list', () => {
    const events = [make.event('darefter', '2022', after('april')), make.event('jan', '2022-01'), make.event('2023', '2023')];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['darefter', 'jan', '2023']);
  });
});
