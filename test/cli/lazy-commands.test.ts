// src/cli/program.ts describes every command without loading any command's module: help
// and --version must not pay for the pipeline that `build` loads. Checked in a
// fresh Node process (jest's module registry is not Node's), by what ends up in require.cache.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The modules of interest a fresh process has loaded after running `jianbao ARGS`. */
function loadedAfter(args: string[]): { code: number; stdout: string; loaded: string[] } {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'main.js'))});
    main(${JSON.stringify(args)}).then((code) => {
      const loaded = Object.keys(require.cache)
        .map((f) => f.slice(${JSON.stringify(ROOT.length + 1)}).split(require('node:path').sep).join('/'))
        .filter((f) => /^dist\\/(pipeline\\/|render\\/(?!registry\\.js)|layout|cli\\/commands\\/)|node_modules\\/(zod|yaml|markdown-it|pdfkit|fontkit|docx)\\//.test(f));
      process.stderr.write('\\n' + JSON.stringify({ code, loaded }));
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  const report = JSON.parse(run.stderr.trim().split('\n').pop()!);
  return { ...report, stdout: run.stdout };
}

// (render/registry.js, which only names the formats and loads a renderer when asked, is light.)
test.each([[['--version']], [['--help']], [['build', '--help']], [['init', '--help']]])(
  'jianbao %j loads no command module, pipeline or format library',
  (args) => {
    const { code, stdout, loaded } = loadedAfter(args);
    expect(stdout).not.toBe('');
    expect(code).toBe(0);
    expect(loaded).toEqual([]);
  },
);

test('a command loads its own module when it runs, and only then', () => {
  const { code, loaded } = loadedAfter(['schema']);
  expect(code).toBe(0);
  expect(loaded).toContain('dist/cli/commands/schema.js');
  expect(loaded).not.toContain('dist/cli/commands/build.js');
  expect(loaded.some((f) => f.startsWith('node_modules/pdfkit/'))).toBe(false);
});
