// Glob arguments are matched by jianbao itself, so `build "archive/**/*.yaml"` works where the
// shell leaves the pattern alone (Windows), with outputs mirroring the tree below the pattern base.
import path from 'node:path';
import { globBase, globMatcher, normalisePattern } from '../../src/batch/glob';
import { expandInputFiles } from '../../src/cli/inputs';
import { archive } from './helpers';

test('the matcher: *, ?, ** (zero or more folders) and {a,b}', () => {
  const m = globMatcher('archive/**/*.yaml');
  expect(globBase('archive/**/*.yaml')).toBe('archive');
  expect(m('2003/2003-01.yaml')).toBe(true);
  expect(m('2003-01.yaml')).toBe(true);
  expect(m('a/b/c.yaml')).toBe(true);
  expect(m('2003/2003-01.yml')).toBe(false);
  const y = globMatcher('a/200?/*-{01,02}.y*ml');
  expect(globBase('a/200?/*-{01,02}.y*ml')).toBe('a');
  expect(y('2003/2003-02.yaml')).toBe(true);
  expect(y('2003/2003-03.yaml')).toBe(false);
  expect(y('2013/2013-01.yaml')).toBe(false);
  expect(globMatcher('*.yaml')('x/y.yaml')).toBe(false);
  expect(globMatcher('x.y/*.yaml')('ab.yaml')).toBe(true);
});

test('a Windows pattern uses backslashes as separators', () => {
  expect(normalisePattern('archive\\**\\*.yaml', 'win32')).toBe('archive/**/*.yaml');
  expect(normalisePattern('archive\\**\\*.yaml', 'linux')).toBe('archive\\**\\*.yaml');
});

test('a quoted pattern expands to the issues below its base, config excluded, paths relative to the base', () => {
  const { dir, files } = archive(14);
  const { inputs, diagnostics } = expandInputFiles([`${dir.split(path.sep).join('/')}/**/*.yaml`]);
  expect(diagnostics).toEqual([]);
  expect(inputs.map((i) => i.file).sort()).toEqual([...files].sort());
  expect(inputs.map((i) => i.relative)).toContain('2004/2004-02.yaml');
  const only2004 = expandInputFiles([`${dir}/2004/*.yaml`]).inputs;
  expect(only2004.map((i) => i.relative)).toEqual(['2004-01.yaml', '2004-02.yaml']);
  const none = expandInputFiles([`${dir}/1999/*.yaml`]);
  expect(none.inputs).toEqual([]);
  expect(none.diagnostics.map((d) => d.code)).toEqual(['JB801']);
});
