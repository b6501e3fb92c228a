// Builds throwaway template folders and issues in a temp directory: a copy of a built-in with
// some files replaced, and a minimal issue that names it by a relative path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILTIN_TEMPLATES_DIR } from '../../src/templates/find-template';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-tpl-'));
}

/** `root/<name>`: a copy of built-in `base`, then each file of `files` written (null deletes it). */
export function templateFrom(root: string, name: string, base: string, files: Record<string, string | null> = {}): string {
  const dir = path.join(root, name);
  fs.cpSync(path.join(BUILTIN_TEMPLATES_DIR, base), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (text === null) fs.rmSync(target);
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  return dir;
}

/** A small complete issue at `root/issue.yaml`; `extra` lines are appended at the top level. */
export function issueIn(root: string, opts: { template?: string; title?: string; extra?: string } = {}): string {
  const file = path.join(root, 'issue.yaml');
  const lines = [
    'publication: { name: 测试简报, editor: 测试编辑部 }',
    ...(opts.template ? [`template: ${opts.template}`] : []),
    'issue: { number: 1, total: 10, date: "2022-04-30" }',
    'articles:',
    `  - title: ${JSON.stringify(opts.title ?? '第一篇文章')}`,
    '    source: 办公室',
    '    body: |',
    '      正文第一段。',
    ...(opts.extra ? [opts.extra] : []),
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
