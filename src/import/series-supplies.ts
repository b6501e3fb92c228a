// What the series config above a folder supplies for every issue in it. A file written there
// leaves these out: a placeholder in the file would override the config (the masthead read 待填写).
import { loadSeriesConfig } from '../config/series-config';

export interface SeriesSupplies {
  name: boolean;
  editor: boolean;
}

export function seriesSupplies(dir: string): SeriesSupplies {
  const series = loadSeriesConfig(dir);
  const publication = series.file ? series.data.publication : undefined;
  return { name: Boolean(publication?.name), editor: Boolean(publication?.editor) };
}
