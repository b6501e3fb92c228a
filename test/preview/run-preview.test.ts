// The preview end to end without a browser: a real issue is built through watch's watcher into
// memory, an edit reaches the event stream as a new version with the new PDF, a broken save keeps
// that PDF and sends the errors with file:line:col, and nothing is ever written beside the issue.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import type { PreviewStatus } from '../../src/preview/preview-status';
import { runPreview, type PreviewOptions } from '../../src/preview/run-preview';
import { readPdf } from '../helpers/pdf-read';
import { seriesCopy, until } from '../helpers/watch-session';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const OLD_TITLE = '温州市“科创中国”试点城市建设推进会召开';
const NEW_TITLE = '温州市“科创中国”试点城市建设推进会圆满召开';

function fetchBytes(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a pooled one could outlive the server and hide that it stopped.
    http
      .get(url, { agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
}

/** The `status` events of the page's stream, as they arrive. */
function listen(url: string): { events: PreviewStatus[]; stop(): void } {
  const events: PreviewStatus[] = [];
  let text = '';
  const req = http.get(url, (res) =>
    res.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
        const data = /^data: (.*)$/m.exec(text.slice(0, end));
        text = text.slice(end + 2);
        if (data) events.push(JSON.parse(data[1]) as PreviewStatus);
      }
    }),
  );
  req.on('error', () => undefined);
  return { events, stop: () => req.destroy() };
}

function start(file: string, extra: Partial<PreviewOptions> = {}) {
  const stop = new AbortController();
  let url = '';
  const warnings: Diagnostic[] = [];
  const running = runPreview({
    file,
    lang: 'zh',
    open: false,
    grid: false,
    env: {},
    signal: stop.signal,
    debounceMs: 20,
    onListening: (u) => (url = u),
    onRebuild: () => undefined,
    onWarning: (d) => warnings.push(d),
    ...extra,
  });
  return { stop, running, url: () => url, warnings };
}

test('an edit reaches the page as a new PDF; a broken save keeps it and sends the errors; no file is written', async () => {
  const dir = seriesCopy('jianbao-preview-');
  const issue = path.join(dir, 'issue.yaml');
  const preview = start(issue);
  const url = await until(() => preview.url() || undefined, 10000);
  const at = (route: string) => url.replace('/?', `${route}?`);
  const stream = listen(at('/events'));
  try {
    const first = await until(() => stream.events.find((e) => e.version === 1), 30000);
    expect(first.ok).toBe(true);
    expect(first.toc.map((e) => e.label)).toContain(OLD_TITLE);
    expect(first.geometry).toMatchObject({ cols: 28, rows: 22 });
    const firstPdf = await fetchBytes(at('/issue.pdf'));
    expect(firstPdf.subarray(0, 5).toString()).toBe('%PDF-');

    fs.writeFileSync(issue, fs.readFileSync(issue, 'utf8').replaceAll(OLD_TITLE, NEW_TITLE));
    const second = await until(() => stream.events.find((e) => e.version === 2), 10000);
    expect(second.toc.map((e) => e.label)).toContain(NEW_TITLE);
    const edited = await fetchBytes(at('/issue.pdf'));
    expect(edited.equals(firstPdf)).toBe(false);
    expect(
      readPdf(edited)
        .map((p) => p.text)
        .join(''),
    ).toContain(NEW_TITLE);

    // A broken save: an unclosed quote. Same version (the last good pages), the errors with their place.
    fs.writeFileSync(issue, fs.readFileSync(issue, 'utf8').replace('  number: 4', '  number: "4'));
    const broken = await until(() => stream.events.find((e) => e.ok === false), 10000);
    expect(broken.version).toBe(2);
    expect(broken.toc.map((e) => e.label)).toContain(NEW_TITLE);
    const error = broken.diagnostics.find((d) => d.severity === 'error');
    expect(error?.where).toMatch(/issue\.yaml:\d+:\d+$/);
    expect(error?.message.length).toBeGreaterThan(0);
    expect((await fetchBytes(at('/issue.pdf'))).equals(edited)).toBe(true);

    expect(fs.readdirSync(dir).sort()).toEqual(['issue.yaml', 'jianbao.config.yaml']);
  } finally {
    stream.stop();
    preview.stop.abort();
    await preview.running;
  }
  // Stopped: the port no longer answers.
  await expect(fetchBytes(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
});

test('a port in use: JB822 naming the port, and nothing is left running', async () => {
  const taken = http.createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
  const port = (taken.address() as { port: number }).port;
  try {
    const preview = start(path.join(SAMPLES, 'wenzhou-kexie-2022-04.yaml'), { port });
    const problems = await preview.running;
    expect(problems.map((d) => [d.code, d.args.port, d.args.reason])).toEqual([['JB822', port, 'EADDRINUSE']]);
    expect(preview.url()).toBe('');
  } finally {
    taken.close();
  }
});

test('opens the browser at the address when asked, and a failed opener is a warning, not the end', async () => {
  const opened: string[] = [];
  const preview = start(path.join(seriesCopy('jianbao-preview-'), 'issue.yaml'), {
    open: true,
    env: { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' },
    openUrl: async (u) => (opened.push(u), 'xdg-open: spawn xdg-open ENOENT'),
  });
  try {
    await until(() => preview.warnings[0], 10000);
    expect(opened).toEqual([preview.url()]);
    expect(preview.warnings.map((d) => [d.code, d.severity])).toEqual([['JB823', 'warning']]);
  } finally {
    preview.stop.abort();
    expect(await preview.running).toEqual([]);
  }
});

test('a first build with errors: no pages yet (the PDF is 404), the errors sent; fixing it brings version 1', async () => {
  const dir = seriesCopy('jianbao-preview-');
  const issue = path.join(dir, 'issue.yaml');
  const good = fs.readFileSync(issue, 'utf8');
  fs.writeFileSync(issue, good.replace('  number: 4', '  number: "4'));
  const preview = start(issue);
  const url = await until(() => preview.url() || undefined, 10000);
  const stream = listen(url.replace('/?', '/events?'));
  try {
    const failed = await until(() => stream.events.find((e) => e.ok === false), 30000);
    expect(failed).toMatchObject({ version: 0, toc: [], geometry: null });
    expect(failed.diagnostics[0]).toMatchObject({ severity: 'error', code: 'JB127' });
    expect((await fetchBytes(url.replace('/?', '/issue.pdf?'))).toString()).toBe('No pages yet\n');
    fs.writeFileSync(issue, good);
    const fixed = await until(() => stream.events.find((e) => e.version === 1), 30000);
    expect(fixed.ok).toBe(true);
  } finally {
    stream.stop();
    preview.stop.abort();
    await preview.running;
  }
});
