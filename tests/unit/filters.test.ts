import { describe, expect, it } from 'vitest';
import {
  filterChoices,
  filterGroups,
  filterPath,
  matchesFilter,
  normalizeSelection,
  selectionLabel,
  selectionPath,
  selectionsWithResults,
} from '@/lib/filters';
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

describe('combined filters', () => {
  const items = [
    item('möte', ['koping'], false, ['arbetsformedlingen']),
    item('möte', ['sala']),
    item('beslut', ['koping']),
    item('beslut', [], true),
  ];
  const groups = filterGroups(
    [{ id: 'arbetsformedlingen', name: 'Arbetsförmedlingen' }],
    [
      { id: 'koping', name: 'Köping' },
      { id: 'sala', name: 'Sala' },
    ],
    ['möte', 'beslut', 'dokument'],
    items,
  );
  const option = (dimension: string, value: string) =>
    groups.flatMap((g) => g.options).find((o) => o.dimension === dimension && o.value === value)!;
  const mote = option('typ', 'mote');
  const beslut = option('typ', 'beslut');
  const koping = option('kommun', 'koping');
  const sala = option('kommun', 'sala');
  const af = option('part', 'arbetsformedlingen');
  const paths = (selections: readonly (readonly { dimension: string; value: string }[])[]) =>
    selections.map((s) => selectionPath('tidslinje', s as never));

  it('writes a selection in address order, kind first', () => {
    expect(selectionPath('tidslinje', [koping, mote])).toBe('/tidslinje/typ/mote/kommun/koping/');
    expect(selectionPath('insatser', [])).toBe('/insatser/');
    // One address for one filter, as before: journalists link them.
    expect(selectionPath('tidslinje', [koping])).toBe(filterPath('tidslinje', koping));
    expect(selectionLabel([mote, koping])).toBe('möte och Köping');
  });

  it('a municipality and a party replace each other; a kind combines with either', () => {
    expect(normalizeSelection([mote, koping, af])).toEqual([mote, af]);
    expect(normalizeSelection([af, sala, beslut])).toEqual([beslut, sala]);
    expect(normalizeSelection([mote, beslut])).toEqual([beslut]);
  });

  it('generates a page for every option and every combination with results, and no other', () => {
    expect(paths(selectionsWithResults(groups, items))).toEqual([
      '/tidslinje/typ/mote/',
      '/tidslinje/typ/mote/kommun/koping/',
      '/tidslinje/typ/mote/kommun/sala/',
      '/tidslinje/typ/mote/part/arbetsformedlingen/',
      '/tidslinje/typ/beslut/',
      '/tidslinje/typ/beslut/kommun/koping/',
      // The decision for all municipalities concerns Sala too.
      '/tidslinje/typ/beslut/kommun/sala/',
      '/tidslinje/kommun/koping/',
      '/tidslinje/kommun/sala/',
      '/tidslinje/part/arbetsformedlingen/',
    ]);
  });

  it('the links on a filtered page keep the other choices, mark the current ones and lead only to pages with results', () => {
    const choices = filterChoices(groups, [mote, koping], items);
    const view = choices.map((g) => g.choices.map((c) => `${c.current ? '*' : ''}${c.label} ${selectionPath('tidslinje', c.target)}`));
    expect(view).toEqual([
      ['Alla typer /tidslinje/kommun/koping/', '*möte /tidslinje/typ/mote/kommun/koping/', 'beslut /tidslinje/typ/beslut/kommun/koping/'],
      ['Alla kommuner /tidslinje/typ/mote/', '*Köping /tidslinje/typ/mote/kommun/koping/', 'Sala /tidslinje/typ/mote/kommun/sala/'],
      ['*Alla parter /tidslinje/typ/mote/kommun/koping/', 'Arbetsförmedlingen /tidslinje/typ/mote/part/arbetsformedlingen/'],
    ]);
    const generated = new Set([...paths(selectionsWithResults(groups, items)), '/tidslinje/']);
    // "Arbetsförmedlingen" with "beslut" has no results: the link drops the kind.
    const onDecisions = filterChoices(groups, [beslut], items).flatMap((g) => g.choices);
    expect(selectionPath('tidslinje', onDecisions.find((c) => c.label === 'Arbetsförmedlingen')!.target)).toBe(
      '/tidslinje/part/arbetsformedlingen/',
    );
    for (const selection of [[], ...selectionsWithResults(groups, items)])
      for (const choice of filterChoices(groups, selection, items).flatMap((g) => g.choices))
        expect(generated, choice.label).toContain(selectionPath('tidslinje', choice.target));
  });

  it('marks "Alla …" in every group when nothing is chosen', () => {
    const choices = filterChoices(groups, [], items);
    expect(choices.map((g) => g.choices.filter((c) => c.current).map((c) => c.label))).toEqual([
      ['Alla typer'],
      ['Alla kommuner'],
      ['Alla parter'],
    ]);
  });
});
