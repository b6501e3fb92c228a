// The preview's HTTP server: bound to 127.0.0.1 only, answering a fixed set of routes and nothing
// else. Every route needs the random token in `?token=`; a path that is not one of the routes is
// 404 whatever it holds (`/../etc/passwd`, `%2e%2e`, an absolute path), because the raw path is
// compared as a string and never mapped to a file.
import { NO_TOKEN_TEXT } from '../i18n/preview';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventStreams } from './event-stream';
import { pdfjsFile } from './pdfjs-files';
import { FIRST_STATUS, type PreviewStatus } from './preview-status';
import { tokenMatches } from './token';

export interface PreviewServerOptions {
  token: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** The page's HTML (page-html.ts). */
  page: string;
  css: string;
  script: string;
}

export interface PreviewServer {
  port: number;
  /** The address to open, with the token. */
  url: string;
  /** The status of a new build, and its PDF when it succeeded (else the last good one stays). */
  publish(status: PreviewStatus, pdf: Buffer | null): void;
  close(): Promise<void>;
}

interface Reply {
  type: string;
  body: () => Buffer | string | null;
}

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

function answer(res: http.ServerResponse, status: number, type: string, body: Buffer | string, head: boolean): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

export function startPreviewServer(opts: PreviewServerOptions): Promise<PreviewServer> {
  let status = FIRST_STATUS;
  let pdf: Buffer | null = null;
  const streams = new EventStreams();
  const routes = new Map<string, Reply>([
    ['/', { type: 'text/html; charset=utf-8', body: () => opts.page }],
    ['/app.css', { type: 'text/css; charset=utf-8', body: () => opts.css }],
    ['/app.js', { type: 'text/javascript; charset=utf-8', body: () => opts.script }],
    ['/pdf.min.mjs', { type: 'text/javascript; charset=utf-8', body: () => pdfjsFile('pdf.min.mjs') }],
    ['/pdf.worker.min.mjs', { type: 'text/javascript; charset=utf-8', body: () => pdfjsFile('pdf.worker.min.mjs') }],
    ['/issue.pdf', { type: 'application/pdf', body: () => pdf }],
  ]);

  const server = http.createServer((req, res) => {
    const raw = req.url ?? '';
    const q = raw.indexOf('?');
    const route = q < 0 ? raw : raw.slice(0, q);
    const token = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)).get('token');
    const head = req.method === 'HEAD';
    const known = route === '/events' || routes.has(route);
    if (!known) return answer(res, 404, 'text/plain; charset=utf-8', 'Not Found\n', head);
    if (!tokenMatches(token, opts.token)) return answer(res, 403, 'text/plain; charset=utf-8', NO_TOKEN_TEXT, head);
    if (req.method !== 'GET' && !head) return answer(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed\n', false);
    if (route === '/events')
      return head ? answer(res, 200, 'text/event-stream; charset=utf-8', '', true) : streams.open(res, JSON.stringify(status));
    const reply = routes.get(route) as Reply;
    const body = reply.body();
    if (body === null) return answer(res, 404, 'text/plain; charset=utf-8', 'No pages yet\n', head);
    answer(res, 200, reply.type, body, head);
  });

  return new Promise((resolve, reject) => {
    server.once('error', (e) => {
      streams.close();
      reject(e);
    });
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(opts.token)}`,
        publish(next, bytes) {
          status = next;
          if (bytes) pdf = bytes;
          streams.send(JSON.stringify(status));
        },
        close: () =>
          new Promise<void>((done) => {
            streams.close();
            server.close(() => done());
            // Keep-alive connections of the open page would otherwise hold close() for seconds.
            server.closeAllConnections();
          }),
      });
    });
  });
}
