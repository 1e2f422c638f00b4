import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '@/lib/content';
import type { Series } from '@/lib/entries';
import { chartOf } from '@/lib/page-data';
import { seriesJson } from '@/lib/chart-data';
import { absoluteUrl, routes } from '@/lib/paths';

export const getStaticPaths = (async () =>
  (await getSiteContent()).series.map((series) => ({ params: { id: series.id }, props: { series } }))) satisfies GetStaticPaths;

/** /data/<id>.json: the series with title, unit, source, notes, licence and last update. */
export const GET: APIRoute = async ({ props, site }) => {
  const { series, source } = chartOf(await getSiteContent(), (props as { series: Series }).series);
  const sourceInfo = {
    id: source.id,
    title: source.data.title,
    issuer: source.data.issuer,
    url: absoluteUrl(site, routes.source(source.id)),
  };
  const body = seriesJson(series.id, series.data, sourceInfo, absoluteUrl(site, routes.download(series.id, 'json')));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
