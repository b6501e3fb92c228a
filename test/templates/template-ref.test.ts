// One rule for naming a template everywhere (-t, `template:` in an issue or config, copy, fonts):
// a bare name stays a name, anything path-like resolves against the folder it was written in.
import path from 'node:path';
import { resolveTemplateRef } from '../../src/templates/template-ref';

test('bare names stay names; paths resolve against the given folder', () => {
  expect(resolveTemplateRef('kexie', '/series')).toBe('kexie');
  expect(resolveTemplateRef('./mine', '/series')).toBe(path.resolve('/series/mine'));
  expect(resolveTemplateRef('templates/mine', '/series')).toBe(path.resolve('/series/templates/mine'));
  expect(resolveTemplateRef('.mine', '/series')).toBe(path.resolve('/series/.mine'));
  expect(resolveTemplateRef('../shared/look', '/series/2022')).toBe(path.resolve('/series/shared/look'));
});
