// jianbao watch as a command: output folder and formats from the series config, one status line
// per rebuild, diagnostics with file:line:col for a broken save; ends when the signal aborts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchCommand } from '../../src/cli/commands/watch';
import { captureIO } from '../wizard/fake-terminal';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** Resolves once `re` shows in the captured stdout; fails after 30 s, showing what came. */
async function waitForOutput(out: { stdout: string; stderr: string }, re: RegExp): Promise<void> {
  const end = Date.now() + 30000;
  while (!re.test(out.stdout)) {
    if (Date.now() > end) throw new Error(`no ${re} in:\n${out.stdout}\n${out.stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('status lines, config output settings, clean stop', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-watchcli-'));
  fs.writeFileSync(
    path.join(dir, 'jianbao.config.yaml'),
    `${fs.readFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), 'utf8')}output:\n  dir: 成品\n  formats: [docx]\n`,
  );
  const issue = path.join(dir, 'issue.yaml');
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), issue);
  const { io, out } = captureIO();
  const stop = new AbortController();
  const running = watchCommand(io, [issue], {}, stop.signal);
  const waitFor = (re: RegExp) => waitForOutput(out, re);
  // Named as build names it: by its path below the series, without .yaml.
  await waitFor(/^issue → \S*成品\/issue\.docx，用时 \d+ ms/m);
  expect(fs.readdirSync(path.join(dir, '成品'))).toEqual(['issue.docx']);
  fs.writeFileSync(issue, fs.readFileSync(issue, 'utf8').replace('articles:', 'articles: ['));
  await waitFor(/^issue 有错误，保留上次的输出/m);
  expect(out.stderr).toMatch(/issue\.yaml:\d+:\d+: 错误 JB1\d\d/);
  stop.abort();
  expect(await running).toBe(130);
});

/** The sample as the issue after it, `later` months on: a folder's issues form one 期号 chain. */
function later(months: number): string {
  const month = 4 + months;
  const last = new Date(Date.UTC(2022, month, 0)).getUTCDate();
  return fs
    .readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8')
    .replace('  number: 4 ', `  number: ${month} `)
    .replace('  total: 269 ', `  total: ${269 + months} `)
    .replace('  date: "2022-04-30"', `  date: "2022-${String(month).padStart(2, '0')}-${last}"`);
}

test('watching a folder picks up an issue file saved into it later, also in a new subfolder', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-watchdir-'));
  fs.writeFileSync(
    path.join(dir, 'jianbao.config.yaml'),
    `${fs.readFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), 'utf8')}output:\n  dir: out\n  formats: [docx]\n`,
  );
  fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, 'first.yaml'));
  const { io, out } = captureIO();
  const stop = new AbortController();
  const running = watchCommand(io, [dir], {}, stop.signal);
  const waitFor = (re: RegExp) => waitForOutput(out, re);
  try {
    await waitFor(/^first → \S*out\/first\.docx/m);
    fs.writeFileSync(path.join(dir, 'second.yaml'), later(1));
    fs.writeFileSync(path.join(dir, '.#third.yaml'), 'an editor lock file, not an issue');
    await waitFor(/^second → \S*out\/second\.docx/m);
    expect(fs.existsSync(path.join(dir, 'out', 'second.docx'))).toBe(true);
    expect(out.stdout).not.toMatch(/third/);
    // A subfolder made after the watch began, and an issue saved into it.
    fs.mkdirSync(path.join(dir, '2022'));
    await new Promise((r) => setTimeout(r, 200));
    fs.writeFileSync(path.join(dir, '2022', 'fourth.yaml'), later(2));
    // Below the watched folder, as `build DIR` would write it.
    await waitFor(/^2022\/fourth → \S*out\/2022\/fourth\.docx/m);
    // A draft imported into 稿件/ is not an issue (as build . does not take it); a later issue is.
    fs.mkdirSync(path.join(dir, '稿件'));
    await new Promise((r) => setTimeout(r, 200));
    fs.copyFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), path.join(dir, '稿件', 'draft.yaml'));
    await new Promise((r) => setTimeout(r, 300));
    fs.writeFileSync(path.join(dir, 'fifth.yaml'), later(3));
    await waitFor(/^fifth → \S*out\/fifth\.docx/m);
    expect(out.stdout).not.toMatch(/draft/);
  } finally {
    stop.abort();
  }
  expect(await running).toBe(130);
});

test('an issue broken from the start: its status line says nothing was built, not that an output was kept', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-watchnew-'));
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  const issue = path.join(dir, 'issue.yaml');
  fs.writeFileSync(issue, fs.readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8').replace('articles:', 'articles: ['));
  const { io, out } = captureIO();
  const stop = new AbortController();
  const running = watchCommand(io, [issue], { to: ['docx'] }, stop.signal);
  try {
    await waitForOutput(out, /^issue 有错误/m);
    expect(out.stdout).toMatch(/^issue 有错误，未生成（\d+ 个错误/m);
    expect(out.stdout).not.toMatch(/保留上次的输出/);
  } finally {
    stop.abort();
  }
  expect(await running).toBe(130);
});
