// Tells the user how a batch is going. On a terminal: one self-redrawing line on stderr with a
// bar, the count, the rate and the time left. Elsewhere (CI logs, pipes): one plain line per
// issue on stdout, which reads well in a log and never fills it with carriage returns.
import type { Lang } from '../diagnostics/messages';
import { w } from '../i18n/batch';

export type IssueStatus = 'built' | 'skipped' | 'failed';

export interface ProgressSink {
  /** Plain lines (one per issue, and the summary). */
  line(text: string): void;
  /** Raw terminal writes for the bar; absent when not on a terminal. */
  tty?: { write(text: string): void; columns: number };
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

export class Progress {
  private done = 0;
  private rendered = 0;
  private readonly started: number;

  constructor(
    private readonly sink: ProgressSink,
    private readonly lang: Lang,
    private readonly total: number,
    private readonly now = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Skipped issues count towards the total but not the rate: they take no time. */
  /** `outputs`: the files written for a built issue, shown so a log says where each went. */
  /** `reason`: a failed issue's first error, so a log says why beside its name. */
  issue(name: string, status: IssueStatus, ms?: number, outputs: string[] = [], reason = ''): void {
    this.done++;
    if (status !== 'skipped') this.rendered++;
    if (this.sink.tty) return this.draw();
    const time = ms === undefined ? '' : ` (${(ms / 1000).toFixed(2)} s)`;
    const files = outputs.length ? ` → ${outputs.join(', ')}` : '';
    const what = reason ? w(this.lang, 'failedBecause', { name, reason }) : `${w(this.lang, status)} ${name}`;
    this.sink.line(`${this.count()} ${what}${files}${time}`);
  }

  /** An issue of the run not built at all (the series ledger stopped it): named with the reason,
   *  also on a terminal, where the bar alone would hide it until the summary. */
  stopped(name: string, reason: string): void {
    this.done++;
    this.sink.tty?.write('\r\x1b[K');
    this.sink.line(`${this.count()} ${w(this.lang, 'stopped', { name, reason })}`);
    if (this.sink.tty) this.draw();
  }

  private count(): string {
    return `[${String(this.done).padStart(String(this.total).length)}/${this.total}]`;
  }

  private draw(): void {
    const tty = this.sink.tty!;
    const elapsed = (this.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.rendered / elapsed : 0;
    const left = rate > 0 ? clock((this.total - this.done) / rate) : '-:--';
    const tail = ` ${this.done}/${this.total}  ${rate.toFixed(1)}/s  ETA ${left}`;
    const barWidth = Math.max(10, Math.min(40, tty.columns - tail.length - 4));
    const filled = this.total ? Math.round((barWidth * this.done) / this.total) : barWidth;
    tty.write(`\r[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${tail}\x1b[K`);
  }

  /** Clears the bar; the caller prints the summary as a plain line. */
  finish(): void {
    this.sink.tty?.write('\r\x1b[K');
  }

  elapsedSeconds(): number {
    return (this.now() - this.started) / 1000;
  }
}
