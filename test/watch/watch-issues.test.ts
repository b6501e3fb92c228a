// watch: a change rebuilds in under a second; a broken save prints diagnostics and keeps the old
// output byte for byte; aborting the signal ends the watcher cleanly.
import fs from 'node:fs';
import path from 'node:path';
import { watchIssues } from '../../src/watch/watch-issues';
import type { RebuildResult } from '../../src/watch/rebuild';
import { seriesCopy, until, whileWatching } from '../helpers/watch-session';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** `files` watched, each built to DOCX only, into DIR/out. */
const docxOf = (dir: string, files: string[]) => ({
  files,
  outStemOf: (f: string) => path.join(dir, 'out', path.basename(f, '.yaml')),
  formatsOf: () => ['docx'] as const,
});

test('rebuilds after a change in under 1 s, keeps the last good output when the YAML breaks', async () => {
  const dir = seriesCopy();
  const issue = path.join(dir, 'issue.yaml');
  const out = path.join(dir, 'out');
  const watch = {
    files: [issue],
    outStemOf: (f: string) => path.join(out, path.basename(f, '.yaml')),
    formatsOf: () => ['pdf', 'docx'] as const,
  };
  await whileWatching(watch, async (results) => {
    expect(results[0].ok).toBe(true);
    const pdf = path.join(out, 'issue.pdf');
    const docx = path.join(out, 'issue.docx');
    const firstPdf = fs.readFileSync(pdf);

    // A real edit: the first article's title changes.
    const text = fs.readFileSync(issue, 'utf8');
    const edited = text.replace('温州市“科创中国”试点城市建设推进会召开', '温州市“科创中国”试点城市建设推进会顺利召开');
    expect(edited).not.toBe(text);
    fs.writeFileSync(issue, edited);
    const second = await until(() => results[1], 5000);
    expect(second.ok).toBe(true);
    const goodPdf = fs.readFileSync(pdf);
    const goodDocx = fs.readFileSync(docx);
    expect(goodPdf.equals(firstPdf)).toBe(false);

    // A broken save: an unclosed quote. Diagnostics come back, the outputs stay as they were.
    fs.writeFileSync(issue, edited.replace('  number: 4', '  number: "4'));
    const third = await until(() => results[2], 5000);
    expect(third.ok).toBe(false);
    expect(third.diagnostics.some((d) => d.severity === 'error' && d.line > 0)).toBe(true);
    expect(fs.readFileSync(pdf).equals(goodPdf)).toBe(true);
    expect(fs.readFileSync(docx).equals(goodDocx)).toBe(true);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Fixing it rebuilds again.
    fs.writeFileSync(issue, edited);
    expect((await until(() => results[3], 5000)).ok).toBe(true);
  });
});

test('a change to the series config rebuilds; unrelated files in the folder do not', async () => {
  const dir = seriesCopy();
  const issue = path.join(dir, 'issue.yaml');
  await whileWatching(docxOf(dir, [issue]), async (results) => {
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an input');
    await new Promise((r) => setTimeout(r, 400));
    expect(results).toHaveLength(1);
    const config = path.join(dir, 'jianbao.config.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('copies: 200', 'copies: 300'));
    const second = await until(() => results[1], 5000);
    expect(second.ok).toBe(true);
    expect(second.files).toContain(config);
  });
});

test('Ctrl+C during the first builds of a folder: no further issue is started', async () => {
  const dir = seriesCopy();
  const files = [1, 2, 3, 4].map((n) => {
    const file = path.join(dir, `issue-${n}.yaml`);
    fs.copyFileSync(path.join(dir, 'issue.yaml'), file);
    return file;
  });
  const out = path.join(dir, 'out');
  const results: RebuildResult[] = [];
  const stop = new AbortController();
  await watchIssues({
    files,
    outStemOf: (f) => path.join(out, path.basename(f, '.yaml')),
    formatsOf: () => ['docx'],
    signal: stop.signal,
    onRebuild: (r) => {
      results.push(r);
      stop.abort();
    },
  });
  expect(results).toHaveLength(1);
  expect(fs.readdirSync(out)).toEqual(['issue-1.docx']);
});

/** A save as sed -i and most editors make it: a new file renamed over the old one. `holdOld`
 *  keeps the replaced file open meanwhile (a reader, or the editor itself), closed by the result. */
function saveByRename(file: string, text: string, holdOld = false): () => void {
  const held = holdOld ? fs.openSync(file, 'r') : null;
  const temp = path.join(path.dirname(file), `sed${Math.random().toString(36).slice(2, 8)}`);
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
  return () => {
    if (held !== null) fs.closeSync(held);
  };
}

test('a watched folder: every save by rename rebuilds, once; the replaced file closed later starts none', async () => {
  const dir = seriesCopy();
  const issue = path.join(dir, 'issue.yaml');
  const watch = {
    ...docxOf(dir, [issue]),
    roots: [dir],
    isIssueFile: (relative: string) => relative.endsWith('.yaml') && relative !== 'jianbao.config.yaml',
  };
  await whileWatching(watch, async (results) => {
    const original = fs.readFileSync(issue, 'utf8');
    const title = '温州市“科创中国”试点城市建设推进会召开';
    for (const n of [1, 2, 3]) {
      const release = saveByRename(issue, original.replace(title, `${title}${n}`), true);
      const rebuilt = await until(() => results[n], 5000);
      expect(rebuilt.issue?.articles[0].title).toBe(`${title}${n}`);
      release();
      await new Promise((r) => setTimeout(r, 300));
      expect(results).toHaveLength(n + 1);
    }
    // The series config, saved the same way twice, rebuilds twice as well.
    const config = path.join(dir, 'jianbao.config.yaml');
    const configText = fs.readFileSync(config, 'utf8');
    for (const copies of [300, 400]) {
      saveByRename(config, configText.replace('copies: 200', `copies: ${copies}`))();
      await until(() => results.find((r) => r.issue?.colophon?.copies === copies), 5000);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(results).toHaveLength(6);
  });
});

test('a template folder: each save of its manifest or a partial by rename rebuilds', async () => {
  const dir = seriesCopy();
  const issue = path.join(dir, 'issue.yaml');
  fs.cpSync(path.join(SAMPLES, '..', 'templates', 'kexie'), path.join(dir, 'mine'), { recursive: true });
  fs.writeFileSync(issue, `template: ./mine\n${fs.readFileSync(issue, 'utf8')}`);
  const manifest = path.join(dir, 'mine', 'manifest.yaml');
  const partial = path.join(dir, 'mine', 'partials', fs.readdirSync(path.join(dir, 'mine', 'partials'))[0]);
  await whileWatching(docxOf(dir, [issue]), async (results) => {
    expect(results[0].ok).toBe(true);
    const saves = [manifest, manifest, partial, partial];
    for (const [i, file] of saves.entries()) {
      saveByRename(file, `${fs.readFileSync(file, 'utf8')}\n`)();
      await until(() => results[i + 1], 5000);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(results).toHaveLength(saves.length + 1);
  });
});
