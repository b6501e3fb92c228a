// The preview server answers only its fixed routes, only with the token, and only on 127.0.0.1;
// a path that tries to climb out is 404 whatever its spelling. Status events reach open streams.
import http from 'node:http';
import os from 'node:os';
import { FIRST_STATUS, type PreviewStatus } from '../../src/preview/preview-status';
import { startPreviewServer, type PreviewServer } from '../../src/preview/server';

const TOKEN = 'test-token-AbC_123';
let server: PreviewServer;

beforeEach(async () => {
  server = await startPreviewServer({ token: TOKEN, page: '<!doctype html><title>p</title>', css: 'body{}', script: 'export {}' });
});
afterEach(() => server.close());

interface Answer {
  status: number;
  type: string | undefined;
  body: Buffer;
}

/** Sends the path exactly as written: no client-side normalisation of `..` or `%2e`. */
function get(path: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const t = `token=${TOKEN}`;

test('the address is 127.0.0.1 with the token, and the page is served with it', async () => {
  expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  const page = await get(`/?${t}`);
  expect(page.status).toBe(200);
  expect(page.type).toMatch(/^text\/html/);
  expect(page.body.toString()).toContain('<title>p</title>');
  expect((await get(`/app.js?${t}`)).type).toMatch(/^text\/javascript/);
  expect((await get(`/app.css?${t}`)).type).toMatch(/^text\/css/);
});

test('requests without the token, or with another one, are 403', async () => {
  for (const path of [
    '/',
    '/app.js',
    '/issue.pdf',
    '/events',
    '/pdf.min.mjs',
    `/?token=${TOKEN}x`,
    '/?token=',
    `/issue.pdf?token=${TOKEN.slice(1)}`,
    `/?tok=${TOKEN}`,
  ]) {
    expect([path, (await get(path)).status]).toEqual([path, 403]);
  }
  // The page says what to open instead, in both languages.
  const body = (await get('/')).body.toString();
  expect(body).toContain('jianbao preview');
  expect(body).toContain('?token=');
  expect(body).toMatch(/口令/);
});

test('any path outside the fixed routes is 404, with or without the token', async () => {
  const climbing = [
    '/../../etc/passwd',
    `/../../etc/passwd?${t}`,
    `/%2e%2e/%2e%2e/etc/passwd?${t}`,
    `/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd?${t}`,
    `/..%2f..%2fetc%2fpasswd?${t}`,
    `/..\\..\\windows\\win.ini?${t}`,
    `//etc/passwd?${t}`,
    `/etc/passwd?${t}`,
    `http://127.0.0.1/etc/passwd?${t}`,
    `/app.js/../../../etc/passwd?${t}`,
    `/./app.js?${t}`,
    `/APP.JS?${t}`,
    `/node_modules/pdfjs-dist/build/pdf.mjs?${t}`,
    `/pdf.mjs?${t}`,
    `/package.json?${t}`,
    `/favicon.ico`,
    `/issue.pdf/?${t}`,
  ];
  for (const path of climbing) {
    const answer = await get(path);
    expect([path, answer.status]).toEqual([path, 404]);
    expect(answer.body.toString()).not.toContain('root:');
  }
});

test('only GET and HEAD', async () => {
  expect((await get(`/?${t}`, 'POST')).status).toBe(405);
  const head = await get(`/?${t}`, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
  // HEAD of the event stream answers at once instead of holding the connection open.
  expect((await get(`/events?${t}`, 'HEAD')).status).toBe(200);
});

test('pdf.js: exactly its two files, from the installed package', async () => {
  const lib = await get(`/pdf.min.mjs?${t}`);
  const worker = await get(`/pdf.worker.min.mjs?${t}`);
  expect(lib.status).toBe(200);
  expect(worker.status).toBe(200);
  expect(lib.body.toString('latin1')).toContain('GlobalWorkerOptions');
  expect(worker.body.length).toBeGreaterThan(lib.body.length);
});

test('the PDF is 404 until a build succeeded, then the last good one stays through a failed build', async () => {
  expect((await get(`/issue.pdf?${t}`)).status).toBe(404);
  const good: PreviewStatus = { ...FIRST_STATUS, version: 1, ok: true };
  server.publish(good, Buffer.from('%PDF-1.7 first'));
  const first = await get(`/issue.pdf?${t}`);
  expect(first.type).toBe('application/pdf');
  expect(first.body.toString()).toBe('%PDF-1.7 first');
  server.publish({ ...good, ok: false }, null);
  expect((await get(`/issue.pdf?${t}`)).body.toString()).toBe('%PDF-1.7 first');
});

test('every answer forbids caching and sniffing and sets a content security policy', async () => {
  const res = await new Promise<http.IncomingMessage>((resolve) =>
    http.get({ host: '127.0.0.1', port: server.port, path: `/?${t}` }, resolve),
  );
  res.resume();
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  expect(res.headers['referrer-policy']).toBe('no-referrer');
});

test('the event stream sends the current status at once and each published one after it', async () => {
  server.publish({ ...FIRST_STATUS, version: 1, ok: true, ms: 11 }, Buffer.from('%PDF'));
  const events: PreviewStatus[] = [];
  let text = '';
  const res = await new Promise<http.IncomingMessage>((resolve) =>
    http.get({ host: '127.0.0.1', port: server.port, path: `/events?${t}` }, resolve),
  );
  expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
  const ended = new Promise<void>((resolve) => res.on('end', resolve));
  res.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
      const frame = text.slice(0, end);
      text = text.slice(end + 2);
      const data = /^event: status\ndata: (.*)$/m.exec(frame);
      if (data) events.push(JSON.parse(data[1]) as PreviewStatus);
    }
  });
  const until = async (n: number) => {
    for (let i = 0; i < 500 && events.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  };
  await until(1);
  expect(events[0]).toMatchObject({ version: 1, ms: 11 });
  server.publish({ ...FIRST_STATUS, version: 1, ok: false, ms: 12 }, null);
  await until(2);
  expect(events[1]).toMatchObject({ version: 1, ok: false, ms: 12 });
  // Closing the server ends the open stream, so Ctrl-C is not held up by an open page.
  await server.close();
  await ended;
});

test('a port in use is refused with the system error', async () => {
  await expect(startPreviewServer({ token: TOKEN, port: server.port, page: '', css: '', script: '' })).rejects.toMatchObject({
    code: 'EADDRINUSE',
  });
});

test('it listens on the loopback address only: another address of this machine is refused', async () => {
  const other = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  if (!other) return; // a machine with loopback only: nothing else to try
  const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    const req = http.get({ host: other.address, port: server.port, path: `/?${t}`, timeout: 2000 }, () => resolve(null));
    req.on('error', resolve);
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
  });
  expect(error?.code).toMatch(/ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH/);
});
