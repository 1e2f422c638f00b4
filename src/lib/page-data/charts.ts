/** A data series with the source it cites, as a chart shows it. */
import type { Series, SiteContent, Source } from '../entries';

export interface Chart {
  series: Series;
  source: Source;
}

export function chartOf(content: SiteContent, series: Series): Chart {
  const source = content.sources.find((s) => s.id === series.data.source.id);
  if (!source)
    throw new Error(
      `${series.filePath ?? series.id}: fältet source pekar på "${series.data.source.id}", som inte finns i content/kallor/.`,
    );
  return { series, source };
}
