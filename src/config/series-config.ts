// The series settings the wizards and watch need, read from jianbao.config.yaml (found walking up
// from a folder) with every path resolved against the config's own folder, plus built-in defaults.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Format } from '../render/registry';
import { loadYamlFile } from '../load/load-yaml-file';
import { ConfigFile, type ConfigFileData } from './config-file';
import { CONFIG_FILE_NAME, searchConfig } from './find-config';

export const DEFAULT_ISSUE_PATTERN = 'YYYY/YYYY-MM.yaml';
export const DEFAULT_OUTPUT_DIR = 'out';

export interface SeriesConfig {
  /** The config file, or null when the folder has none above it. */
  file: string | null;
  data: ConfigFileData;
  /** Absolute folder holding the series' issues. */
  issuesDir: string;
  pattern: string;
  /** Absolute output folder when the config names one. */
  outputDir: string | null;
  formats: Format[] | null;
  /** output.pdfa: `build` writes PDF/A-2b as with --pdfa. */
  pdfa?: boolean;
  diagnostics: Diagnostic[];
}

/** Settings for the series that `dir` belongs to. */
export function loadSeriesConfig(dir: string): SeriesConfig {
  const search = searchConfig(path.join(path.resolve(dir), CONFIG_FILE_NAME));
  const file = search.file;
  const base = file ? path.dirname(file) : path.resolve(dir);
  const loaded = file ? loadYamlFile(path.relative(process.cwd(), file) || file, ConfigFile) : null;
  const data: ConfigFileData = loaded?.data ?? {};
  return {
    file,
    data,
    issuesDir: path.resolve(base, data.issues?.dir ?? '.'),
    pattern: data.issues?.pattern ?? DEFAULT_ISSUE_PATTERN,
    outputDir: data.output?.dir ? path.resolve(base, data.output.dir) : null,
    formats: data.output?.formats ? [...new Set(data.output.formats)] : null,
    pdfa: data.output?.pdfa ?? false,
    diagnostics: [...search.warnings, ...(loaded?.diagnostics ?? [])],
  };
}
