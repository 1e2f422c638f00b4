/** The every-page pass runs axe on every page except most filter pages (tests/support/page-checks.ts). */
import { describe, expect, it } from 'vitest';
import { axeSample } from '../support/page-checks';

describe('axeSample', () => {
  const paths = [
    '',
    'tidslinje/',
    'tidslinje/2022-04-lokala-agarmoten/',
    'tidslinje/typ/beslut/',
    'tidslinje/typ/mote/',
    'tidslinje/typ/organisation/',
    'tidslinje/kommun/arboga/',
    'tidslinje/typ/beslut/kommun/arboga/',
    'tidslinje/typ/beslut/kommun/koping/',
    'tidslinje/typ/mote/kommun/koping/',
    'insatser/typ/utbildning/',
    'insatser/klarframtid/',
    'kommuner/koping/',
  ];
  const sample = axeSample(paths);

  it('keeps every page that is not a filter page', () => {
    for (const path of ['', 'tidslinje/', 'tidslinje/2022-04-lokala-agarmoten/', 'insatser/klarframtid/', 'kommuner/koping/'])
      expect(sample.has(path), path).toBe(true);
  });

  it('keeps the first two filter pages of each shape and drops the rest', () => {
    expect(sample.has('tidslinje/typ/beslut/')).toBe(true);
    expect(sample.has('tidslinje/typ/mote/')).toBe(true);
    expect(sample.has('tidslinje/typ/organisation/')).toBe(false);
    expect(sample.has('tidslinje/kommun/arboga/')).toBe(true);
    expect(sample.has('tidslinje/typ/beslut/kommun/arboga/')).toBe(true);
    expect(sample.has('tidslinje/typ/beslut/kommun/koping/')).toBe(true);
    expect(sample.has('tidslinje/typ/mote/kommun/koping/')).toBe(false);
    expect(sample.has('insatser/typ/utbildning/')).toBe(true);
    expect(sample.size).toBe(paths.length - 2);
  });
});
