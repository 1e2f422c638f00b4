import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectMap, readFeatures } from '@/lib/map';

const geojson = JSON.parse(readFileSync(new URL('../../src/data/karta/vastmanland-kommuner.geojson', import.meta.url), 'utf8'));

describe('map projection', () => {
  const map = projectMap(readFeatures(geojson), 600);

  it('draws all ten municipalities inside the view box', () => {
    expect(map.shapes.map((s) => s.code).sort()).toEqual(['1904', '1907', '1960', '1961', '1962', '1980', '1981', '1982', '1983', '1984']);
    for (const shape of map.shapes) {
      const numbers = shape.d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(map.width, map.height));
      expect(shape.d).toMatch(/^M[\d. L]+Z$/);
    }
  });

  it('keeps the county taller than wide, as on a real map', () => {
    expect(map.width).toBe(600);
    expect(map.height).toBeGreaterThan(500);
  });

  it('puts north up and west left: Norberg above Kungsör, Skinnskatteberg left of Sala', () => {
    const at = (code: string) => map.shapes.find((s) => s.code === code)?.label ?? { x: 0, y: 0 };
    expect(at('1962').y).toBeLessThan(at('1960').y);
    expect(at('1904').x).toBeLessThan(at('1981').x);
  });

  it('places each label inside its own municipality’s box', () => {
    for (const shape of map.shapes) {
      const numbers = shape.d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(shape.label.x).toBeGreaterThan(Math.min(...xs));
      expect(shape.label.x).toBeLessThan(Math.max(...xs));
      expect(shape.label.y).toBeGreaterThan(Math.min(...ys));
      expect(shape.label.y).toBeLessThan(Math.max(...ys));
    }
  });
});
