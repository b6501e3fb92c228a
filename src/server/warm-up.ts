// The first builds in a process run cold: V8 interprets the code until it has seen it run often
// (the first build of the sample takes ~0.6 s, the fifteenth ~35 ms). A server that has just
// started gives itself a few builds of a made-up issue, so the editor's first build after
// `jianbao server start` is nearly as fast as the later ones. The made-up text is jianbao's own
// Chinese diagnostic messages: ideographs, full-width punctuation, digits and Latin words, as
// in real articles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODES } from '../diagnostics/codes';
import { compileIssue } from '../pipeline/compile-issue';
import { renderFormat } from '../pipeline/render';

const WARM_UP_BUILDS = 3;

/** An issue file's text (JSON is YAML) with five articles of ten paragraphs and three briefs: about as long as the sample. */
export function warmUpIssueText(): string {
  const sentences = Object.values(CODES)
    .flatMap((c) => [c.zh.message, c.zh.hint])
    .map((s) => s.replace(/\{\w+\}|\[\[|\]\]/g, '').replace(/[：；]$/, ''));
  const take = (at: number, n: number) => Array.from({ length: n }, (_, i) => sentences[(at + i) % sentences.length]);
  const paragraph = (at: number) => `${take(at, 8).join('，')}。`;
  const body = (k: number) => [paragraph(k * 80), '## 小标题', ...Array.from({ length: 9 }, (_, p) => paragraph(k * 80 + 8 * (p + 1)))].join('\n\n');
  return JSON.stringify({
    publication: { name: '简报', editor: 'jianbao' },
    issue: { number: 1, total: 1, date: '2024-01-31' },
    articles: [0, 1, 2, 3, 4].map((k) => ({ title: `第${k + 1}篇文章`, source: '编辑部', body: body(k) })),
    briefs: [0, 1, 2].map((k) => ({ date: `1月${k + 1}日`, text: take(k * 7, 1)[0].slice(0, 20), source: '编辑部' })),
  });
}

/** Builds the made-up issue a few times, to both formats, in memory. */
export async function warmUp(): Promise<void> {
  const file = path.join(os.tmpdir(), `jianbao-warm-up-${process.pid}.yaml`);
  try {
    fs.writeFileSync(file, warmUpIssueText());
    for (let i = 0; i < WARM_UP_BUILDS; i++) {
      const { model } = compileIssue(file);
      if (!model) return;
      await renderFormat(model, 'pdf');
      await renderFormat(model, 'docx');
    }
  } catch {
    // Only a speed-up: whatever failed here fails again in the build that needs it, with a proper message.
  } finally {
    fs.rmSync(file, { force: true });
  }
}
