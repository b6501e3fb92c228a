// The batch and index commands' own words in both languages (diagnostic messages live in
// diagnostics/codes.ts).
import type { Lang } from './lang';
import { wordsOf } from './words';

const WORDS = {
  jobsOption: { zh: '并行线程数（默认：CPU 核数）', en: 'worker threads (default: number of cores)' },
  forceOption: { zh: '全部重新生成，不跳过未改动的期', en: 'rebuild everything, skipping nothing' },
  shardOption: {
    zh: '只生成第 K 份（共 N 份，按路径稳定划分），用于 CI 分机并行',
    en: 'build only share K of N (stable, by path), to split an archive across CI machines',
  },
  built: { zh: '已生成', en: 'built' },
  skipped: { zh: '跳过（未改动）', en: 'skipped (unchanged)' },
  failed: { zh: '失败', en: 'FAILED' },
  failedBecause: { zh: '失败 {name}：{reason}', en: 'FAILED {name}: {reason}' },
  stopped: { zh: '未生成 {name}：{reason}', en: 'not built {name}: {reason}' },
  oldKept: { zh: '{reason}；{files} 是上次生成的旧文件', en: '{reason}; {files} left from an earlier build' },
  oldKeptSummary: {
    zh: '；其中 {count} 期未生成，输出文件夹中仍是上次生成的旧文件（JB706）',
    en: '; {count} of the failed still have files from an earlier build in the output folder (JB706)',
  },
  stoppedReason: { zh: '{message}（{code}）', en: '{message} ({code})' },
  summary: {
    zh: '共 {total} 期：生成 {built}，跳过 {skipped}，失败 {failed}，用时 {seconds} 秒；输出在 {out}',
    en: '{total} {issues}: {built} built, {skipped} skipped, {failed} failed in {seconds} s; output in {out}',
  },
  summaryNothingWritten: {
    zh: '共 {total} 期：生成 {built}，跳过 {skipped}，失败 {failed}，用时 {seconds} 秒；未写出任何文件',
    en: '{total} {issues}: {built} built, {skipped} skipped, {failed} failed in {seconds} s; nothing was written',
  },
  interruptedForced: {
    zh: '已中断：共 {total} 期，生成 {built}，跳过 {skipped}，失败 {failed}，未处理 {left}；去掉 --force 再运行同一命令即接着生成（已生成的跳过）',
    en: 'interrupted: {total} {issues}, {built} built, {skipped} skipped, {failed} failed, {left} not started; run the same command without --force to carry on (what was built is skipped)',
  },
  interrupted: {
    zh: '已中断：共 {total} 期，生成 {built}，跳过 {skipped}，失败 {failed}，未处理 {left}；再次运行同一命令即接着生成',
    en: 'interrupted: {total} {issues}, {built} built, {skipped} skipped, {failed} failed, {left} not started; run the same command again to carry on',
  },
  stopping: {
    zh: '正在停止：不再开始新的一期，等进行中的几期写完（再按一次 Ctrl+C 立即退出）……',
    en: 'stopping: no new issue is started; waiting for those in progress to be written (Ctrl+C again quits at once)…',
  },
  stoppingTerm: {
    zh: '收到 SIGTERM，正在停止：不再开始新的一期，等进行中的几期写完……',
    en: 'SIGTERM received, stopping: no new issue is started; waiting for those in progress to be written…',
  },
  shardSummary: { zh: '（第 {k}/{n} 份，全部 {all} 期）', en: ' (share {k}/{n} of {all})' },
  indexDescription: {
    zh: '生成某一年的年度总目录（每期的全部文章）为 PDF 和 DOCX',
    en: 'render the annual index (every article of a year, by issue) to PDF and DOCX',
  },
  indexDirArg: { zh: '一个刊物各期所在的文件夹', en: "the folder holding a series' issues" },
  yearOption: {
    zh: '年份，例如 2022；文件夹以年份命名（如 2024/）时可省略',
    en: 'the year, e.g. 2022; may be left out for a folder named for it (e.g. 2024/)',
  },
  indexTitle: { zh: '{year} 年度总目录', en: '{year} 年度总目录' },
} satisfies Record<string, Record<Lang, string>>;

export const w = wordsOf(WORDS);
