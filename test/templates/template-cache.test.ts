// A compiled template is kept only as long as its files hold the same bytes: an edit that keeps
// each file's size and time (a checkout, `cp -p`, a same-second save in `watch`) is compiled afresh.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILTIN_TEMPLATES_DIR, loadTemplate, TemplateCache } from '../../src/templates/load-template';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-template-cache-'));
  fs.cpSync(path.join(BUILTIN_TEMPLATES_DIR, 'plain'), path.join(dir, 'mine'), { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const pin = (file: string) => fs.utimesSync(file, 1_000_000_000, 1_000_000_000);

test('an edit keeping size and time is seen; an unchanged template is compiled once', () => {
  const cache = new TemplateCache();
  const main = path.join(dir, 'mine', 'template.hbs');
  pin(main);
  const first = loadTemplate(path.join(dir, 'mine'), dir, cache);
  expect(first.ok).toBe(true);
  expect(loadTemplate(path.join(dir, 'mine'), dir, cache)).toBe(first);

  const text = fs.readFileSync(main, 'utf8');
  const edited = text.replace('第', '弟');
  expect(edited).not.toBe(text);
  expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
  fs.writeFileSync(main, edited);
  pin(main);
  const second = loadTemplate(path.join(dir, 'mine'), dir, cache);
  expect(second).not.toBe(first);
  expect(second.ok).toBe(true);
});
