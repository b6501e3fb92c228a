// `jianbao preview`: the server, the watcher and the browser together. Builds go through watch's
// watcher and rebuildIssue (one warm process), into memory only: preview writes no file.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { diag } from '../diagnostics/make';
import type { Lang } from '../diagnostics/messages';
import type { Encoding } from '../source/read';
import type { RebuildResult } from '../watch/rebuild';
import { watchIssues } from '../watch/watch-issues';
import { canOpenBrowser, openBrowser } from './open-browser';
import { PAGE_CSS, pageHtml } from './page-html';
import { PAGE_SCRIPT } from './page-script';
import { FIRST_STATUS, nextStatus } from './preview-status';
import { startPreviewServer, type PreviewServer } from './server';
import { newToken } from './token';

export interface PreviewOptions {
  file: string;
  lang: Lang;
  port?: number;
  open: boolean;
  grid: boolean;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  date?: Date;
  encoding?: Encoding;
  /** The server is up at `url`. */
  onListening(url: string): void;
  onRebuild(result: RebuildResult): void;
  /** A problem that does not stop the preview (the browser did not open). */
  onWarning(d: Diagnostic): void;
  /** Replaces the platform's opener (tests). */
  openUrl?(url: string): Promise<string | null>;
  debounceMs?: number;
}

/** Runs until the signal aborts; diagnostics when it could not start. */
export async function runPreview(opts: PreviewOptions): Promise<Diagnostic[]> {
  const token = newToken();
  let server: PreviewServer;
  try {
    server = await startPreviewServer({
      token,
      port: opts.port,
      css: PAGE_CSS,
      script: PAGE_SCRIPT,
      page: pageHtml({ lang: opts.lang, name: path.basename(opts.file), grid: opts.grid, token }),
    });
  } catch (e) {
    // The system's code (EADDRINUSE, EACCES) is what a search for the problem finds.
    const error = e as NodeJS.ErrnoException;
    const reason = error?.code ?? error?.message ?? String(e);
    return [diag('JB822', opts.file, null, { port: opts.port ?? 0, reason })];
  }
  opts.onListening(server.url);
  if (opts.open && canOpenBrowser(opts.env, process.platform)) {
    const failed = await (opts.openUrl ?? openBrowser)(server.url);
    if (failed) opts.onWarning(diag('JB823', opts.file, null, { reason: failed }));
  }
  let status = FIRST_STATUS;
  try {
    await watchIssues({
      files: [opts.file],
      outStemOf: () => null,
      formatsOf: () => ['pdf'],
      signal: opts.signal,
      date: opts.date,
      encoding: opts.encoding,
      debounceMs: opts.debounceMs,
      onRebuild: (result) => {
        status = nextStatus(status, result, opts.lang);
        server.publish(status, result.ok ? (result.bytes.pdf ?? null) : null);
        opts.onRebuild(result);
      },
    });
  } finally {
    await server.close();
  }
  return [];
}
