// `jianbao import FILE.txt… [-o DIR] [--encoding gb18030] [--force] [--date YYYY-MM-DD]`: plain-text
// back issues → issue YAML beside them (or in DIR). Never overwrites without --force; writes
// atomically; prints a summary per file and the spots a person should check.
import { append } from '../../diagnostics/append';
import fs from 'node:fs';
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { diag } from '../../diagnostics/make';
import { importFile } from '../../import/import-file';
import { writeFileAtomic } from '../../output/write-atomic';
import { writeFailure } from '../../output/write-failure';
import type { Encoding } from '../../source/read';
import { EXIT, type CliIO } from '../io';
import { reportDiagnostics } from '../report';

export interface ImportOptions {
  out?: string;
  encoding?: Encoding;
  force?: boolean;
  date?: string;
}

export async function importCommand(io: CliIO, files: string[], opts: ImportOptions): Promise<number> {
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const zh = io.lang === 'zh';
  for (const file of files) {
    const outDir = opts.out ?? path.dirname(file);
    const target = path.join(outDir, `${path.basename(file).replace(/\.[^.\\/]*$/, '')}.yaml`);
    if (fs.existsSync(target) && !opts.force) {
      all.push(diag('JB151', file, null, { path: target }));
      continue;
    }
    const result = importFile(file, { encoding: opts.encoding, lang: io.lang, outDir, date: opts.date });
    if (result.text !== null) sources.set(file, result.text);
    append(all, result.diagnostics);
    if (!result.yaml || !result.issue) continue;
    try {
      writeFileAtomic(target, Buffer.from(result.yaml, 'utf8'));
    } catch (e) {
      all.push(writeFailure(target, e));
      continue;
    }
    const { articles, briefs, joins, notes } = result.issue;
    io.stdout(zh
      ? `${file} → ${target}：${articles.length} 篇文章，${briefs.length} 条简讯，${joins.length} 处接合，${notes.length} 处请核对`
      : `${file} → ${target}: ${articles.length} articles, ${briefs.length} briefs, ${joins.length} joins, ${notes.length} to check`);
    for (const j of joins) io.stdout(zh ? `  接合 第 ${j.line}→${j.to} 行：${j.at}` : `  joined lines ${j.line}→${j.to}: ${j.at}`);
  }
  reportDiagnostics(io, all, sources);
  return hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
