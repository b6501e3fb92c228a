// `jianbao template list [FILE]` and `jianbao template copy NAME DIR`: which templates an issue
// can use (built-ins and `templates/<name>` folders beside the issue or in the working folder),
// and a copy of one as the starting point for a custom look.
import { resolveTemplateRef } from '../../templates/template-ref';
import fs from 'node:fs';
import path from 'node:path';
import { diag } from '../../diagnostics/make';
import { writeFailure } from '../../output/write-failure';
import { copyTemplate } from '../../templates/copy-template';
import { builtinTemplateNames, findTemplateDir, listTemplates, templateSearchDirs } from '../../templates/find-template';
import { t } from '../../i18n/cli';
import { printable } from '../printable';
import { shippedDoc } from '../shipped-docs';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';

/** The folders whose `templates/` are searched, in the order an issue there looks them up. */
function searchDirs(from: string | undefined, cwd: string): string[] {
  const dir = !from ? cwd : /\.ya?ml$/i.test(from) ? path.dirname(path.resolve(cwd, from)) : path.resolve(cwd, from);
  return templateSearchDirs(dir, cwd);
}

export function templateListCommand(io: CliIO, from: string | undefined, cwd = process.cwd()): number {
  // `template` lists by default, so a mistyped command (template lst) arrives here as a path.
  if (from !== undefined && !fs.existsSync(path.resolve(cwd, from))) {
    reportDiagnostics(io, [diag('JB816', from, null, { path: from })], new Map());
    return EXIT.usage;
  }
  const rows = listTemplates(searchDirs(from, cwd)).map((tpl) => {
    const where = tpl.builtin ? t(io.lang, 'templateBuiltin') : path.relative(cwd, tpl.dir) || tpl.dir;
    const note = tpl.overridesBuiltin ? ` ${t(io.lang, 'templateOverrides')}` : '';
    return [printable(tpl.name), printable(where) + note, printable(tpl.description)];
  });
  // Terminal columns: a Chinese character takes two.
  const cols = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const width = (i: number) => Math.max(...rows.map((r) => cols(r[i])));
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - cols(s)));
  io.stdout(rows.map((r) => `${pad(r[0], width(0))}  ${pad(r[1], width(1))}  ${r[2]}`.trimEnd()).join('\n'));
  return EXIT.ok;
}

export function templateCopyCommand(io: CliIO, name: string, target: string, cwd = process.cwd()): number {
  const ref = resolveTemplateRef(name, cwd);
  const source = findTemplateDir(ref, cwd, cwd);
  if (!source) {
    reportDiagnostics(io, [diag('JB401', name, null, { name, available: builtinTemplateNames().join(', ') })], new Map());
    return EXIT.inputErrors;
  }
  const copied = copyTemplate(source, path.resolve(cwd, target));
  if (!copied.ok) {
    const d = copied.reason === 'exists' ? diag('JB407', target, null, { path: target }) : writeFailure(target, { code: copied.detail });
    reportDiagnostics(io, [d], new Map());
    return EXIT.inputErrors;
  }
  // The name is offered only when the lookup itself finds this copy by it (issues of this series
  // then do, whichever of its folders they sit in); otherwise the path.
  const byName = findTemplateDir(copied.name, cwd, cwd) === path.resolve(cwd, target);
  const use = byName ? copied.name : `./${target.split(path.sep).join('/').replace(/^\.\//, '')}`;
  io.stdout(t(io.lang, 'templateCopied', { name, dir: target, use, docs: shippedDoc('templates.md') }));
  return EXIT.ok;
}
