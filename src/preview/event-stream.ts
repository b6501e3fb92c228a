// Server-sent events to the open preview pages: each gets the current status when it connects and
// every later one. A comment line every 20 s keeps idle connections from being cut by proxies.
import type http from 'node:http';

const HEARTBEAT_MS = 20_000;

export class EventStreams {
  private readonly clients = new Set<http.ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  open(res: http.ServerResponse, first: string): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(frame(first));
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(data: string): void {
    this.write(frame(data));
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(text: string): void {
    for (const res of this.clients) res.write(text);
  }
}

/** One `status` event; data is JSON on one line, so no line of it can end the event early. */
function frame(json: string): string {
  return `event: status\ndata: ${json}\n\n`;
}
