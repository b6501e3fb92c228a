// `watch DIR` reads the series ledger as `build DIR` does: on start and after each change, an
// issue whose 总期号 breaks the chain is reported and not built, and built once it is mended.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchCommand } from '../../src/cli/commands/watch';
import { captureIO } from '../wizard/fake-terminal';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function issueText(number: number, total: number, date: string): string {
  return fs
    .readFileSync(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), 'utf8')
    .replace('  number: 4 ', `  number: ${number} `)
    .replace('  total: 269 ', `  total: ${total} `)
    .replace('  date: "2022-04-30"', `  date: "${date}"`);
}

async function waitFor(out: { stdout: string; stderr: string }, re: RegExp): Promise<void> {
  const end = Date.now() + 30000;
  while (!re.test(out.stdout + out.stderr)) {
    if (Date.now() > end) throw new Error(`no ${re} in:\n${out.stdout}\n${out.stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('a 总期号 gap is reported on start and that issue is not built; mended, it is built', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-watchledger-'));
  fs.writeFileSync(
    path.join(dir, 'jianbao.config.yaml'),
    `${fs.readFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), 'utf8')}output:\n  dir: out\n  formats: [docx]\n`,
  );
  fs.mkdirSync(path.join(dir, '2024'));
  fs.writeFileSync(path.join(dir, '2024', '2024-01.yaml'), issueText(1, 300, '2024-01-31'));
  const second = path.join(dir, '2024', '2024-02.yaml');
  expect(issueText(2, 302, '2024-02-29')).toContain('total: 302 ');
  fs.writeFileSync(second, issueText(2, 302, '2024-02-29'));
  const { io, out } = captureIO();
  const stop = new AbortController();
  const running = watchCommand(io, [dir], {}, stop.signal);
  try {
    await waitFor(out, /^2024\/2024-01 → \S*out\/2024\/2024-01\.docx/m);
    await waitFor(out, /未生成 2024\/2024-02：总期号应为 301，这里是 302（.*）（JB250）/);
    expect(out.stderr).toMatch(/2024-02\.yaml:\d+:\d+: 错误 JB250/);
    expect(fs.existsSync(path.join(dir, 'out', '2024', '2024-02.docx'))).toBe(false);
    // Mended: built on the save, and the ledger says so.
    fs.writeFileSync(second, issueText(2, 301, '2024-02-29'));
    await waitFor(out, /^2024\/2024-02 → \S*out\/2024\/2024-02\.docx/m);
    expect(out.stdout).toMatch(/期号、总期号已连续/);
    expect(fs.existsSync(path.join(dir, 'out', '2024', '2024-02.docx'))).toBe(true);
  } finally {
    stop.abort();
  }
  expect(await running).toBe(130);
});
