// `npm run lint` as a test of the full tier (jest.config.js): eslint over the whole tree with the
// project's config reports nothing. Run as a child process, as `npm run lint` does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
let eslintBin: string | null = null;
try {
  eslintBin = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');
} catch {
  eslintBin = null;
}
const t = eslintBin ? test : test.skip;
const because = eslintBin ? '' : ' (skipped: eslint is not installed; run npm ci)';

interface FileResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; column: number; message: string }>;
}

function eslint(args: string[], input?: string): { status: number | null; results: FileResult[]; stderr: string } {
  const run = spawnSync(process.execPath, [eslintBin as string, '--format', 'json', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, results: run.stdout ? (JSON.parse(run.stdout) as FileResult[]) : [], stderr: run.stderr };
}

t(`the config is live: an unused import in a made-up src/ file is reported${because}`, () => {
  const run = eslint(['--stdin', '--stdin-filename', 'src/made-up.ts'], "import fs from 'node:fs';\nexport const x = 1;\n");
  expect(run.status).toBe(1);
  expect(run.results[0].messages.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-unused-vars']);
});

t(
  `eslint over src, test, bin, scripts and bench: no problem${because}`,
  () => {
    // The cache of `npm run lint` (by content): a second run reads only the files that changed.
    const run = eslint([
      '.',
      '--max-warnings',
      '0',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      'node_modules/.cache/eslint/',
    ]);
    const problems = run.results.flatMap((f) =>
      f.messages.map((m) => `${path.relative(ROOT, f.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`),
    );
    expect(problems).toEqual([]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const linted = new Set(run.results.map((f) => path.relative(ROOT, f.filePath).split(path.sep)[0]));
    expect([...linted].sort()).toEqual(expect.arrayContaining(['bench', 'bin', 'scripts', 'src', 'test']));
    expect(run.results.length).toBeGreaterThan(300);
  },
  300000,
);

// `prettier --check .` as `npm run lint` runs it: the tree is formatted as .prettierrc says.
let prettierBin: string | null = null;
try {
  prettierBin = path.join(path.dirname(require.resolve('prettier/package.json')), 'bin', 'prettier.cjs');
} catch {
  prettierBin = null;
}
(prettierBin ? test : test.skip)(
  `prettier --check: every formatted file is as prettier writes it${prettierBin ? '' : ' (skipped: prettier is not installed; run npm ci)'}`,
  () => {
    const run = spawnSync(process.execPath, [prettierBin as string, '--check', '--log-level', 'warn', '.'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr + run.stdout).toBe('');
    expect(run.status).toBe(0);
  },
  120000,
);
