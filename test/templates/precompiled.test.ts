// Built-in templates compiled at build time (src/templates/precompiled.ts) must render exactly
// what the same templates compiled from source render, and must be set aside the moment a file
// of the folder changes. The CLI built by `npm run build` must use them without loading
// Handlebars' compiler.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { templateData } from '../../src/templates/template-data';
import { loadIssue } from '../../src/issue/load-issue';
import { compileTemplate } from '../../src/templates/compile-template';
import { BUILTIN_TEMPLATES_DIR, builtinTemplateNames } from '../../src/templates/find-template';
import { contentDigest, precompiledSource, precompiledTemplate, type CompiledBuiltin } from '../../src/templates/precompiled';
import { probeData } from '../../src/templates/probe-data';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'samples');

/** The module entry precompiledSource writes, evaluated as the CLI's require() would. */
function entryFor(name: string): CompiledBuiltin {
  const compiled = compileTemplate(path.join(BUILTIN_TEMPLATES_DIR, name));
  if (!compiled.ok) throw new Error(`${name} does not compile`);
  return new Function(`return (${precompiledSource(compiled.template)});`)() as CompiledBuiltin;
}

const sampleData = fs
  .readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.yaml') && f !== 'jianbao.config.yaml')
  .map((f) => templateData(loadIssue(path.join(SAMPLES, f)).issue!));

describe.each(builtinTemplateNames())('built-in template %s', (name) => {
  const dir = path.join(BUILTIN_TEMPLATES_DIR, name);
  const compiled = compileTemplate(dir);
  const entry = entryFor(name);

  test('precompiled, it renders the samples and the probe exactly as compiled from source', () => {
    if (!compiled.ok) throw new Error('does not compile');
    const loaded = precompiledTemplate(dir, { [name]: entry });
    expect(loaded).not.toBeNull();
    expect(loaded!.manifest).toEqual(compiled.template.manifest);
    expect(loaded!.file).toBe(compiled.template.file);
    expect(sampleData.length).toBe(2);
    for (const data of [...sampleData, probeData()]) {
      const markup = loaded!.render(data);
      expect(markup.length).toBeGreaterThan(100);
      expect(markup).toBe(compiled.template.render(data));
    }
  });

  test('a folder whose files differ from what was compiled is compiled afresh', () => {
    expect(precompiledTemplate(dir, { [name]: { ...entry, digest: '0'.repeat(64) } })).toBeNull();
    // Code from another Handlebars release, which the runtime refuses: compiled afresh too.
    const foreign = { ...entry, main: { ...(entry.main as object), compiler: [99, '>= 99.0.0'] } };
    expect(precompiledTemplate(dir, { [name]: foreign })).toBeNull();
    expect(precompiledTemplate(dir, {})).toBeNull();
    expect(precompiledTemplate(dir, null)).toBeNull();
  });
});

test('the digest covers every file a template is compiled from, and only the template folder counts', () => {
  const copy = fs.mkdtempSync(path.join(ROOT, 'tmp-precompiled-'));
  try {
    fs.cpSync(path.join(BUILTIN_TEMPLATES_DIR, 'kexie'), copy, { recursive: true });
    const before = contentDigest(copy);
    expect(before).toBe(contentDigest(path.join(BUILTIN_TEMPLATES_DIR, 'kexie')));
    const partial = path.join(copy, 'partials', 'article.hbs');
    fs.appendFileSync(partial, ' ');
    expect(contentDigest(copy)).not.toBe(before);
    // Same bytes, but outside the built-in folder: never served precompiled.
    fs.cpSync(path.join(BUILTIN_TEMPLATES_DIR, 'kexie'), copy, { recursive: true });
    expect(precompiledTemplate(copy, { [path.basename(copy)]: entryFor('kexie') })).toBeNull();
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('the built CLI builds a sample from the precompiled templates, without Handlebars’ compiler', () => {
  expect(fs.existsSync(path.join(ROOT, 'dist', 'templates', 'builtin-compiled.js'))).toBe(true);
  const out = fs.mkdtempSync(path.join(ROOT, 'tmp-precompiled-out-'));
  try {
    const probe = path.join(out, 'modules.js');
    fs.writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(path.join(out, 'loaded.json'))}, JSON.stringify(Object.keys(require.cache))));`);
    const run = spawnSync(process.execPath, ['-r', probe, path.join(ROOT, 'bin', 'jianbao'), 'build', path.join(SAMPLES, 'feature-page-2021-06.yaml'), '--to', 'docx', '-o', out, '--force'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const loaded = JSON.parse(fs.readFileSync(path.join(out, 'loaded.json'), 'utf8')) as string[];
    expect(loaded.some((f) => f.includes(`${path.sep}handlebars${path.sep}`))).toBe(true);
    expect(loaded.filter((f) => f.includes(`handlebars${path.sep}compiler`))).toEqual([]);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
