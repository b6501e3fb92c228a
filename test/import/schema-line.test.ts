// Every issue file jianbao writes starts with the same yaml-language-server line, so that VS Code's
// YAML extension completes and checks it: an imported issue (plain text, a Word back issue, a
// contribution) points at the package schema as a file `jianbao new` writes in that folder does.
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_SCHEMA, schemaLine } from '../../src/schema/schema-line';
import { runCli } from '../helpers/run-cli';
import { centredTitle, docxOf, typed } from './intake/make-docx';
import { tmp } from './intake/intake-helpers';
import { SEED_000 } from './round-trip-helpers';
import { importTyped } from './word-issue/round-trip-helpers';
import { boldTitles } from './word-issue/secretary-docx';

const firstLine = (file: string) => fs.readFileSync(file, 'utf8').split('\n')[0];
const pointsAtSchema = (file: string) => {
  const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine(file))?.[1] ?? '';
  expect(ref).not.toContain('\\');
  expect(path.resolve(path.dirname(file), ref)).toBe(PACKAGE_SCHEMA);
  expect(firstLine(file)).toBe(schemaLine(file));
};

test('a contribution imported into a folder two levels down', async () => {
  const dir = tmp('schema');
  const file = path.join(dir, '台州.docx');
  fs.writeFileSync(file, await docxOf([centredTitle('台州市科协召开年中工作会议'), typed('会议总结了上半年工作。')]));
  const out = path.join(dir, '2022', '稿件');
  expect((await runCli(['import', file, '-o', out])).code).toBe(0);
  pointsAtSchema(path.join(out, '台州.yaml'));
});

test('a Word back issue', async () => {
  const got = await importTyped('2019-03', boldTitles());
  expect(got.run.stdout).toMatch(/整期/);
  pointsAtSchema(got.yamlFile);
});

test('a plain-text back issue', async () => {
  const dir = tmp('schema');
  const file = path.join(dir, '000.txt');
  fs.copyFileSync(SEED_000, file);
  const out = path.join(dir, 'a', 'b');
  expect((await runCli(['import', file, '-o', out])).code).toBe(0);
  pointsAtSchema(path.join(out, '000.yaml'));
});
