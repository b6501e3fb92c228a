// What the batch hands a worker and gets back: plain data only, so it crosses a worker_threads
// message (structured clone) unchanged.
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Format } from '../render/registry';
import type { Encoding } from '../source/read';
import type { Dep } from './fingerprint';

export interface BuildSettings {
  formats: Format[];
  template?: string;
  encoding?: Encoding;
  embedFonts?: boolean;
  /** `--pdfa`: the PDF is PDF/A-2b. */
  pdfa?: boolean;
  /** `--draft`: build despite placeholders, every page marked 样稿. */
  draft?: boolean;
  /** SOURCE_DATE_EPOCH in ms, when set. */
  dateMs?: number;
}

export interface IssueJob {
  id: number;
  file: string;
  /** Output path without extension; `.pdf`/`.docx` is appended per format. */
  outStem: string;
  settings: BuildSettings;
  /** Sign what the build read (fonts, template, images) for the run's cache; a run without one
   *  (`build FILE`) would hash some 60 MB of fonts for nothing. */
  sign?: boolean;
}

export interface IssueOutcome {
  id: number;
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Source texts of the files the diagnostics point into, for quoting the line. */
  sources: Array<[string, string]>;
  /** Written files (absolute). */
  outputs: string[];
  /** What the build read besides the issue file (see fingerprint.ts). */
  deps: Dep[];
  /** Config found for the issue, absolute; null when none. */
  config: string | null;
  /** Time spent on this issue in its thread. */
  ms: number;
}
