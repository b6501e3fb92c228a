// Every docs/… file a message, hint or shipped text points the editor at is in the npm package
// (`npm pack --dry-run --json`): `template copy` names docs/templates.md (where it is installed),
// JB204's hint docs/diagnostics.md; and what those shipped docs link to is shipped with them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { findTool, testWith } from '../helpers/tools';

const ROOT = path.join(__dirname, '..', '..');
const DOC = /docs\/[A-Za-z0-9_.-]+\.md/g;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

/** docs/… paths named in src/ (comments left out: they speak to developers) and in shipped text. */
function citedDocs(): Map<string, string> {
  const cited = new Map<string, string>();
  const scan = (file: string, text: string) => {
    for (const m of text.matchAll(DOC)) cited.set(m[0], path.relative(ROOT, file));
    for (const m of text.matchAll(/shippedDoc\('([^']+)'\)/g)) cited.set(`docs/${m[1]}`, path.relative(ROOT, file));
  };
  for (const file of filesUnder(path.join(ROOT, 'src')).filter((f) => f.endsWith('.ts'))) {
    const code = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
      .join('\n');
    scan(file, code);
  }
  for (const dir of ['templates', 'schema']) for (const file of filesUnder(path.join(ROOT, dir))) scan(file, fs.readFileSync(file, 'utf8'));
  return cited;
}

test('the docs the messages cite exist in the repository', () => {
  const cited = citedDocs();
  expect([...cited.keys()]).toEqual(expect.arrayContaining(['docs/templates.md', 'docs/diagnostics.md']));
  for (const [doc, where] of cited)
    expect({ doc, where, exists: fs.existsSync(path.join(ROOT, doc)) }).toEqual({ doc, where, exists: true });
});

const npm = findTool(['npm'], ['--version'], 'install Node.js with npm');

testWith(
  npm,
  'every docs/… file named in a message, hint or shipped text is in the packed file list',
  () => {
    const run = spawnSync(npm.command as string, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    const packed = new Set((JSON.parse(run.stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path));
    expect(packed.has('bin/jianbao')).toBe(true);
    const missing = [...citedDocs()].filter(([doc]) => !packed.has(doc)).map(([doc, where]) => `${doc} (named in ${where})`);
    expect(missing).toEqual([]);
    // A shipped doc's relative links (another doc, a picture) that exist in the repository.
    const links = [...packed]
      .filter((f) => /^docs\/[^/]+\.md$/.test(f))
      .flatMap((doc) =>
        [...fs.readFileSync(path.join(ROOT, doc), 'utf8').matchAll(/\]\(([^)#\s:]+\.(?:md|png|jpg))\)/g)]
          .map((m) => path.posix.normalize(path.posix.join('docs', m[1])))
          .filter((target) => target.startsWith('docs/') && fs.existsSync(path.join(ROOT, target)))
          .map((target) => ({ doc, target })),
      );
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !packed.has(l.target))).toEqual([]);
  },
  150_000,
);

test('template copy names the docs/templates.md that is installed with jianbao', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-docs-'));
  const run = await runCli(['template', 'copy', 'kexie', path.join(dir, 'mine')]);
  expect(run.code).toBe(0);
  const named = /说明见 (.+)$/m.exec(run.stdout)?.[1];
  expect(named).toBe(path.join(ROOT, 'docs', 'templates.md'));
  expect(fs.existsSync(named as string)).toBe(true);
});
