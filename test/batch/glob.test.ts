// Glob arguments are matched by jianbao itself, so `build "archive/**/*.yaml"` works where the
// shell leaves the pattern alone (Windows), with outputs mirroring the tree below the pattern base.
import fs from 'node:fs';
import path from 'node:path';
import { globBase, globFiles, normalisePattern } from '../../src/inputs/glob';
import { expandInputFiles } from '../../src/inputs/inputs';
import { archive } from './helpers';

test('the patterns: *, ?, ** (zero or more folders) and {a,b}, below the pattern base', () => {
  const { dir } = archive(14);
  const at = (pattern: string) => globFiles(`${dir.split(path.sep).join('/')}/${pattern}`);
  expect(globBase('archive/**/*.yaml')).toBe('archive');
  expect(globBase('a/200?/*-{01,02}.y*ml')).toBe('a');
  expect(at('**/*.yaml')).toEqual(expect.arrayContaining(['2003/2003-01.yaml', '2004/2004-02.yaml']));
  expect(at('**/*.yml')).toEqual([]);
  expect(at('200?/*-{01,02}.y*ml')).toEqual(['2003/2003-01.yaml', '2003/2003-02.yaml', '2004/2004-01.yaml', '2004/2004-02.yaml']);
  expect(at('*.yaml').every((f) => !f.includes('/'))).toBe(true);
});

test('a walk never enters hidden, node_modules or templates folders', () => {
  const { dir } = archive(2);
  for (const skipped of ['.git', 'node_modules', 'templates']) {
    fs.mkdirSync(path.join(dir, skipped), { recursive: true });
    fs.writeFileSync(path.join(dir, skipped, 'x.yaml'), 'issue: {}\n');
  }
  const found = globFiles(`${dir.split(path.sep).join('/')}/**/*.yaml`);
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((f) => f.endsWith('x.yaml'))).toEqual([]);
});

test('a Windows pattern uses backslashes as separators', () => {
  expect(normalisePattern('archive\\**\\*.yaml', 'win32')).toBe('archive/**/*.yaml');
  expect(normalisePattern('archive\\**\\*.yaml', 'linux')).toBe('archive\\**\\*.yaml');
});

test('a quoted pattern expands to the issues below its base, config excluded, paths relative to the series folder', () => {
  const { dir, files } = archive(14);
  const { inputs, diagnostics } = expandInputFiles([`${dir.split(path.sep).join('/')}/**/*.yaml`]);
  expect(diagnostics).toEqual([]);
  expect(inputs.map((i) => i.file).sort()).toEqual([...files].sort());
  expect(inputs.map((i) => i.relative)).toContain('2004/2004-02.yaml');
  const only2004 = expandInputFiles([`${dir}/2004/*.yaml`]).inputs;
  // The archive is one series (its config at the top): outputs keep their path below it, as `build DIR` gives.
  expect(only2004.map((i) => i.relative)).toEqual(['2004/2004-01.yaml', '2004/2004-02.yaml']);
  const none = expandInputFiles([`${dir}/1999/*.yaml`]);
  expect(none.inputs).toEqual([]);
  expect(none.diagnostics.map((d) => d.code)).toEqual(['JB801']);
});
