/**
 * A schematic map drawn at build time: GeoJSON municipality borders (WGS 84)
 * projected to SVG paths. Longitude is scaled by cos(mean latitude) so the map
 * keeps its shape; no map library is shipped to the browser.
 */
export type Position = [number, number];

export interface MapFeature {
  code: string;
  name: string;
  /** Outer rings of the polygons, as [longitude, latitude]. */
  rings: Position[][];
}

export interface MapShape {
  code: string;
  name: string;
  d: string;
  label: { x: number; y: number };
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: MapShape[];
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
      rings: polygons.map((polygon) => polygon[0] ?? []),
    };
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Signed area and centroid of a ring (shoelace formula). */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
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

export function projectMap(features: MapFeature[], width = 600, padding = 8): ProjectedMap {
  const all = features.flatMap((f) => f.rings.flat());
  const meanLat = all.reduce((sum, [, lat]) => sum + lat, 0) / Math.max(1, all.length);
  const k = Math.cos((meanLat * Math.PI) / 180);
  const planar = (p: Position): Position => [p[0] * k, -p[1]];
  const points = all.map(planar);
  const minX = Math.min(...points.map((p) => p[0]));
  const maxX = Math.max(...points.map((p) => p[0]));
  const minY = Math.min(...points.map((p) => p[1]));
  const maxY = Math.max(...points.map((p) => p[1]));
  const scale = (width - 2 * padding) / (maxX - minX);
  const height = Math.round((maxY - minY) * scale + 2 * padding);
  const toSvg = (p: Position): Position => {
    const [x, y] = planar(p);
    return [round((x - minX) * scale + padding), round((y - minY) * scale + padding)];
  };
  const shapes = features.map((feature) => {
    const rings = feature.rings.map((ring) => ring.map(toSvg));
    const d = rings.map((ring) => `M${ring.map(([x, y]) => `${x} ${y}`).join('L')}Z`).join('');
    const largest = rings.map(ringCentroid).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
    return { code: feature.code, name: feature.name, d, label: { x: round(largest?.x ?? 0), y: round(largest?.y ?? 0) } };
  });
  return { width, height, shapes };
}
