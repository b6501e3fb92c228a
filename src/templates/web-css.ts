// A template's optional web.css: CSS the `--to html` page sets after its default CSS, so a
// template keeps one source for print and web. Read only as a regular file (template-files.ts
// refuses the template when web.css is a link or anything else).
import fs from 'node:fs';
import path from 'node:path';
import { WEB_CSS_FILE } from './find-template';

export function templateWebCss(dir: string): string | undefined {
  const file = path.join(dir, WEB_CSS_FILE);
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}
