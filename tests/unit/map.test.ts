import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelPoint, pathData, pointInRing, projectMap, readFeatures, spanAt, type MapFeature, type Position } from '@/lib/map';

const geojson = JSON.parse(readFileSync(new URL('../../src/data/karta/vastmanland-kommuner.geojson', import.meta.url), 'utf8'));

/** The rings of a path written by pathData ("M1 2 3 4Z…"). */
const ringsOf = (d: string): Position[][] =>
  d
    .split('Z')
    .filter(Boolean)
    .map((ring) => {
      const numbers = ring.slice(1).trim().split(/\s+/).map(Number);
      return numbers.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1] as number] as Position] : []));
    });

const square = (lon: number, lat: number, size: number): Position[] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

describe('projection', () => {
  it('scales longitude by the cosine of the mean latitude and fits the width', () => {
    // One degree by one degree around 60.5° N is about half as wide as tall.
    const map = projectMap([{ code: '1', name: 'Ruta', rings: [square(16, 60, 1)] }], { width: 100, padding: 0, decimals: 3 });
    expect(map.width).toBe(100);
    expect(map.height).toBe(Math.ceil(100 / Math.cos((60.4 * Math.PI) / 180)));
  });

  it('puts north up and west left, inside the padding', () => {
    const features: MapFeature[] = [
      { code: 'nv', name: 'Nordväst', rings: [square(15, 61, 0.5)] },
      { code: 'so', name: 'Sydost', rings: [square(16, 60, 0.5)] },
    ];
    const map = projectMap(features, { width: 200, padding: 10 });
    const [nw, se] = map.shapes.map((s) => ringsOf(s.d)[0] ?? []);
    expect(Math.min(...(nw ?? []).map((p) => p[0]))).toBe(10);
    expect(Math.min(...(nw ?? []).map((p) => p[1]))).toBe(10);
    expect(Math.max(...(se ?? []).map((p) => p[0]))).toBe(190);
    expect(Math.max(...(se ?? []).map((p) => p[1]))).toBeLessThanOrEqual(map.height - 10);
  });

  it('rounds coordinates to the decimals asked for', () => {
    const feature: MapFeature = { code: '1', name: 'A', rings: [square(16.123, 60.456, 0.37)] };
    expect(projectMap([feature], { width: 333 }).shapes[0]?.d).toMatch(/^M[\d ]+Z$/);
    const one = projectMap([feature], { width: 333, decimals: 1 }).shapes[0]?.d ?? '';
    expect(one.match(/\d+\.\d+/g)?.every((n) => n.split('.')[1]?.length === 1)).toBe(true);
  });
});

describe('path data', () => {
  it('writes one closed subpath per ring with implicit line-tos, without the repeated closing point or duplicates', () => {
    expect(
      pathData([
        [
          [0, 0],
          [10, 0],
          [10, 0],
          [10, 10],
          [0, 0],
        ],
        [
          [20, 20],
          [30, 20],
          [30, 30],
        ],
      ]),
    ).toBe('M0 0 10 0 10 10ZM20 20 30 20 30 30Z');
  });
});

describe('label points', () => {
  it('centres the label in the width of the area at the height of the centroid', () => {
    // An L whose centroid is (15, 17.5); at that height the area runs from x=0 to x=20.
    const l: Position[] = [
      [0, 0],
      [20, 0],
      [20, 20],
      [40, 20],
      [40, 30],
      [0, 30],
    ];
    expect(labelPoint(l)).toEqual([10, 17.5]);
  });

  it('finds a point inside a U shape whose centroid falls in the gap', () => {
    // Two arms 28 high joined by a base 2 high: the centroid (15, 15.5) lies between the arms.
    const u: Position[] = [
      [0, 0],
      [10, 0],
      [10, 28],
      [20, 28],
      [20, 0],
      [30, 0],
      [30, 30],
      [0, 30],
    ];
    expect(pointInRing([15, 15.5], u)).toBe(false);
    expect(spanAt([15, 15.5], u)).toBeNull();
    const point = labelPoint(u);
    expect(pointInRing(point, u)).toBe(true);
  });
});

describe('the map of Västmanland', () => {
  const map = projectMap(readFeatures(geojson), { width: 600 });
  const at = (code: string) => map.shapes.find((s) => s.code === code)?.label ?? { x: 0, y: 0 };

  it('draws all ten municipalities inside the view box, taller than wide as the county is', () => {
    expect(map.shapes.map((s) => s.code).sort()).toEqual(['1904', '1907', '1960', '1961', '1962', '1980', '1981', '1982', '1983', '1984']);
    expect(map.height).toBeGreaterThan(650);
    expect(map.height).toBeLessThan(800);
    for (const shape of map.shapes) {
      expect(shape.d).toMatch(/^(M[\d ]+Z)+$/);
      for (const [x, y] of ringsOf(shape.d).flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(map.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it('puts Norberg above Kungsör and Skinnskatteberg left of Sala', () => {
    expect(at('1962').y).toBeLessThan(at('1960').y);
    expect(at('1904').x).toBeLessThan(at('1981').x);
  });

  it('places each name inside its own municipality', () => {
    for (const shape of map.shapes) {
      expect(
        ringsOf(shape.d).some((ring) => pointInRing([shape.label.x, shape.label.y], ring)),
        shape.name,
      ).toBe(true);
    }
  });

  it('stays small: under 4 000 characters of path data for the whole county', () => {
    expect(map.shapes.reduce((sum, s) => sum + s.d.length, 0)).toBeLessThan(4000);
  });
});
