/**
 * A schematic map drawn at build time: GeoJSON municipality borders (WGS 84)
 * projected to SVG paths. Longitude is scaled by cos(mean latitude) so the map
 * keeps its shape, the result is fitted to a view box and rounded; no map
 * library is shipped to the browser.
 */
export type Position = [number, number];

export interface MapFeature {
  code: string;
  name: string;
  /** Outer rings of the polygons, as [longitude, latitude]. Holes are left out. */
  rings: Position[][];
}

export interface MapShape {
  code: string;
  name: string;
  /** SVG path data in view box units. */
  d: string;
  /** Where the name goes: a point inside the largest polygon. */
  label: { x: number; y: number };
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: MapShape[];
}

export interface ProjectOptions {
  /** Width of the view box; the height follows from the shape of the area. */
  width?: number;
  /** Empty margin inside the view box, so borders are not cut off. */
  padding?: number;
  /** Decimals kept in coordinates (0 is plenty for a schematic map 600 units wide). */
  decimals?: number;
}

interface GeoJson {
  features: {
    properties: { kommun_kod: string; kommun: string };
    geometry: { type: 'MultiPolygon' | 'Polygon'; coordinates: unknown };
  }[];
}

export function readFeatures(geojson: GeoJson): MapFeature[] {
  return geojson.features.map((feature) => {
    const { type, coordinates } = feature.geometry;
    const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as Position[][][];
    return {
      code: feature.properties.kommun_kod,
      name: feature.properties.kommun,
      rings: polygons.map((polygon) => polygon[0] ?? []).filter((ring) => ring.length >= 3),
    };
  });
}

/** Signed area and centroid of a ring (shoelace formula). */
export function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i] as Position;
    const [x1, y1] = ring[(i + 1) % ring.length] as Position;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  if (area === 0) return { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 };
  return { area, x: cx / (6 * area), y: cy / (6 * area) };
}

/** Whether a point lies inside a ring (even–odd rule). */
export function pointInRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToEdges([x, y]: Position, ring: Position[]): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j] as Position;
    const [bx, by] = ring[i] as Position;
    const dx = bx - ax;
    const dy = by - ay;
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/** The stretch of the horizontal line through a point that lies inside the ring, or null. */
export function spanAt([x, y]: Position, ring: Position[]): [number, number] | null {
  const crossings: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  crossings.sort((a, b) => a - b);
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const [from, to] = [crossings[i] as number, crossings[i + 1] as number];
    if (from <= x && x <= to) return [from, to];
  }
  return null;
}

/**
 * A point to put a label on: at the height of the centroid, in the middle of
 * the area's width there (text runs horizontally, so it gets the most room on
 * both sides). When the centroid lies outside (a C- or U-shaped area), the
 * point of a fine grid that lies deepest inside.
 */
export function labelPoint(ring: Position[]): Position {
  const { x, y } = ringCentroid(ring);
  const span = spanAt([x, y], ring);
  if (span) return [(span[0] + span[1]) / 2, y];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const steps = 40;
  let best: Position = ring[0] ?? [0, 0];
  let depth = -1;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: Position = [minX + ((maxX - minX) * i) / steps, minY + ((maxY - minY) * j) / steps];
      if (!pointInRing(p, ring)) continue;
      const d = distanceToEdges(p, ring);
      if (d > depth) [best, depth] = [p, d];
    }
  }
  return best;
}

/** Path data with implicit line-tos ("M1 2 3 4 5 6Z"), one subpath per ring. */
export function pathData(rings: Position[][]): string {
  return rings
    .map((ring) => {
      const points = ring.filter((p, i) => {
        const previous = ring[i - 1];
        return !previous || previous[0] !== p[0] || previous[1] !== p[1];
      });
      // GeoJSON repeats the first point at the end; Z closes the ring anyway.
      const [first, last] = [points[0], points.at(-1)];
      if (points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
      return `M${points.map(([x, y]) => `${x} ${y}`).join(' ')}Z`;
    })
    .join('');
}

/**
 * Projects the features into an SVG view box `width` wide: north up, longitude
 * scaled by the cosine of the mean latitude (an equirectangular projection
 * centred on the area, true enough for one county), fitted with `padding`.
 */
export function projectMap(features: MapFeature[], options: ProjectOptions = {}): ProjectedMap {
  const { width = 600, padding = 8, decimals = 0 } = options;
  const factor = 10 ** decimals;
  const round = (n: number) => Math.round(n * factor) / factor;
  const all = features.flatMap((f) => f.rings.flat());
  if (all.length === 0) return { width, height: 2 * padding, shapes: [] };
  const meanLat = all.reduce((sum, [, lat]) => sum + lat, 0) / all.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const planar = (p: Position): Position => [p[0] * k, -p[1]];
  const points = all.map(planar);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (width - 2 * padding) / (maxX - minX || 1);
  const height = Math.ceil((maxY - minY) * scale + 2 * padding);
  const toView = (p: Position): Position => {
    const [x, y] = planar(p);
    return [(x - minX) * scale + padding, (y - minY) * scale + padding];
  };
  const shapes = features.map((feature) => {
    const rings = feature.rings.map((ring) => ring.map(toView));
    const largest = [...rings].sort((a, b) => Math.abs(ringCentroid(b).area) - Math.abs(ringCentroid(a).area))[0] ?? [];
    const [lx, ly] = largest.length > 0 ? labelPoint(largest) : [0, 0];
    return {
      code: feature.code,
      name: feature.name,
      d: pathData(rings.map((ring) => ring.map(([x, y]): Position => [round(x), round(y)]))),
      label: { x: round(lx), y: round(ly) },
    };
  });
  return { width, height, shapes };
}
