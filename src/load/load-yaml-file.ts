// read → control characters → parse → validate, for any YAML file of ours (issue or config).
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { tooManyItems } from '../limits/item-counts';
import { validate } from '../schema/validate';
import { findControlCharacters } from '../source/control-chars';
import { findEscapedControls } from '../source/escaped-controls';
import type { ParsedYaml } from '../source/parse-yaml';
import { readSource, type Encoding } from '../source/read';
import { parseWithinLimits } from './parse-within-limits';
import { diagnosticsBeforeSyntaxError } from './recovered-sections';
import { slipsAfterMending } from './after-mending';

export interface LoadedYaml<T> {
  data: T | null;
  yaml: ParsedYaml | null;
  text: string | null;
  diagnostics: Diagnostic[];
}

export function loadYamlFile<S extends z.ZodType>(file: string, schema: S, encoding?: Encoding): LoadedYaml<z.infer<S>> {
  const read = readSource(file, encoding);
  if (!read.ok) return { data: null, yaml: null, text: null, diagnostics: [read.diagnostic] };
  const loaded = loadYamlText<S>(read.text, file, schema);
  // A GB18030/UTF-16 file read with a warning (JB811) keeps it whatever else is found.
  return read.note ? { ...loaded, diagnostics: [read.note, ...loaded.diagnostics] } : loaded;
}

function loadYamlText<S extends z.ZodType>(text: string, file: string, schema: S): LoadedYaml<z.infer<S>> {
  const read = { text };
  const controls = findControlCharacters(read.text, file);
  if (controls.length > 0) return { data: null, yaml: null, text: read.text, diagnostics: controls };
  const parsed = parseWithinLimits(read.text, file);
  if (!parsed.yaml) return { data: null, yaml: null, text: read.text, diagnostics: parsed.diagnostics };
  const escaped = findEscapedControls(parsed.yaml.doc, parsed.yaml.lines, file);
  if (escaped.length > 0) return { data: null, yaml: parsed.yaml, text: read.text, diagnostics: [...parsed.diagnostics, ...escaped] };
  if (parsed.diagnostics.length > 0) {
    const before = diagnosticsBeforeSyntaxError(schema, parsed.yaml, parsed.diagnostics);
    const later = slipsAfterMending(read.text, file, parsed.diagnostics);
    return { data: null, yaml: parsed.yaml, text: read.text, diagnostics: [...parsed.diagnostics, ...later, ...before] };
  }
  const flood = tooManyItems(parsed.yaml, file);
  if (flood.length > 0) return { data: null, yaml: parsed.yaml, text: read.text, diagnostics: flood };
  const valid = validate(schema, parsed.yaml);
  if (!valid.ok) return { data: null, yaml: parsed.yaml, text: read.text, diagnostics: valid.diagnostics };
  return { data: valid.data, yaml: parsed.yaml, text: read.text, diagnostics: [] };
}
