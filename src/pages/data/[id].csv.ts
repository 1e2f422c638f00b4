import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '@/lib/content';
import type { Series } from '@/lib/entries';
import { seriesCsv } from '@/lib/chart-data';

export const getStaticPaths = (async () =>
  (await getSiteContent()).series.map((series) => ({ params: { id: series.id }, props: { series } }))) satisfies GetStaticPaths;

/** /data/<id>.csv: UTF-8, a header row, one row per point. */
export const GET: APIRoute = ({ props }) =>
  new Response(seriesCsv((props as { series: Series }).series.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
