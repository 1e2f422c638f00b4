import type { APIRoute, GetStaticPaths } from 'astro';
import { getSeries, getSourceMap, type Series } from '@/lib/content';
import { seriesJson } from '@/lib/chart-data';
import { absoluteUrl, routes } from '@/lib/paths';

export const getStaticPaths = (async () => (await getSeries()).map((series) => ({ params: { id: series.id }, props: { series } }))) satisfies GetStaticPaths;

/** /data/<id>.json: the series with title, unit, source, notes, licence and last update. */
export const GET: APIRoute = async ({ props, site }) => {
  const { series } = props as { series: Series };
  const source = (await getSourceMap()).get(series.data.source.id);
  const body = seriesJson(
    series.id,
    series.data,
    {
      id: series.data.source.id,
      title: source?.data.title ?? series.data.source.id,
      issuer: source?.data.issuer ?? '',
      url: absoluteUrl(site, routes.kalla(series.data.source.id)),
    },
    absoluteUrl(site, `/data/${series.id}.json`),
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
