// One rule for where an issue's outputs go: at the path below its series folder (the folder
// of jianbao.config.yaml), or below the folder named when that folder holds several series; so
// `build 2024/2024-02.yaml`, `build 2024` and `build .` write the same out/2024/2024-02.pdf.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandInputFiles } from '../../src/inputs/inputs';
import { runCli } from '../helpers/run-cli';
import { SERIES_ROOT_MARKER } from '../../src/config/find-config';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function series(dir: string): void {
  fs.mkdirSync(path.join(dir, '2024'), { recursive: true });
  fs.copyFileSync(path.join(SAMPLES, 'jianbao.config.yaml'), path.join(dir, 'jianbao.config.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), path.join(dir, '2024', '2024-02.yaml'));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join(dir, '2024', 'images'), { recursive: true });
}

const relatives = (args: string[]) => expandInputFiles(args).inputs.map((i) => i.relative);

let cwd: string;
let dir: string;
beforeEach(() => {
  cwd = process.cwd();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jb-outrule-')));
  process.chdir(dir);
});
afterEach(() => process.chdir(cwd));

test('in a series folder a file named alone, its folder and the series folder give one path', () => {
  series(dir);
  expect(relatives(['2024/2024-02.yaml'])).toEqual(['2024/2024-02.yaml']);
  expect(relatives(['2024'])).toEqual(['2024/2024-02.yaml']);
  expect(relatives(['.'])).toEqual(['2024/2024-02.yaml']);
  expect(relatives(['2024/*.yaml'])).toEqual(['2024/2024-02.yaml']);
  process.chdir('2024');
  expect(relatives(['2024-02.yaml'])).toEqual(['2024/2024-02.yaml']);
});

test('a folder holding several series mirrors its tree; outside any series a file keeps its name', () => {
  series(path.join(dir, 'archive', '甲'));
  series(path.join(dir, 'archive', '乙'));
  expect(relatives(['archive'])).toEqual(['乙/2024/2024-02.yaml', '甲/2024/2024-02.yaml']);
  fs.mkdirSync('loose');
  fs.copyFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), path.join('loose', 'x.yaml'));
  expect(relatives(['loose/x.yaml'])).toEqual(['x.yaml']);
  expect(relatives(['.'])).toEqual(['archive/乙/2024/2024-02.yaml', 'archive/甲/2024/2024-02.yaml', 'loose/x.yaml']);
});

test('build 2024/2024-02.yaml then build . : one PDF, where both say', async () => {
  series(dir);
  const one = await runCli(['build', '2024/2024-02.yaml', '--to', 'pdf']);
  expect(one.code).toBe(0);
  expect(one.stdout).toContain(path.join('out', '2024', '2024-02.pdf'));
  const all = await runCli(['build', '.', '--to', 'pdf']);
  expect(all.code).toBe(0);
  const pdfs = fs
    .readdirSync('out', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.pdf'));
  expect(pdfs).toEqual([path.join('2024', '2024-02.pdf')]);
});

test('run from inside 2024/, build and index write to the series folder out/, not 2024/out/', async () => {
  series(dir);
  process.chdir('2024');
  const one = await runCli(['build', '2024-02.yaml', '--to', 'pdf']);
  expect(one.code).toBe(0);
  const all = await runCli(['build', '.', '--to', 'pdf']);
  expect(all.code).toBe(0);
  const index = await runCli(['index', '.', '--year', '2021', '--to', 'pdf']);
  expect(index.code).toBe(0);
  expect(fs.existsSync(path.join(dir, '2024', 'out'))).toBe(false);
  expect(fs.existsSync(path.join(dir, 'out', '2024', '2024-02.pdf'))).toBe(true);
  expect(fs.existsSync(path.join(dir, 'out', 'index-2021.pdf'))).toBe(true);
  // Said as the editor can open it from where they are.
  expect(one.stdout).toContain(path.join('..', 'out', '2024', '2024-02.pdf'));
  expect(index.stdout).toContain(path.join('..', 'out', 'index-2021.pdf'));
});

test('outside any series, out/ sits beside the file named, wherever the command runs', async () => {
  fs.mkdirSync('loose');
  fs.copyFileSync(path.join(SAMPLES, 'feature-page-2021-06.yaml'), path.join('loose', 'x.yaml'));
  fs.cpSync(path.join(SAMPLES, 'images'), path.join('loose', 'images'), { recursive: true });
  fs.writeFileSync(SERIES_ROOT_MARKER, '');
  const run = await runCli(['build', 'loose/x.yaml', '--to', 'pdf']);
  expect(run.code).toBe(0);
  expect(fs.existsSync(path.join(dir, 'loose', 'out', 'x.pdf'))).toBe(true);
  expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
});
