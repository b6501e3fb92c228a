// A made-up issue with every optional field filled in. Each template is filled with it once when
// it is loaded, so a misspelt field inside a branch the real issue never takes (no briefs this
// month, no 报尾 on a feature page) is still reported, at template load, with its file:line.
import { templateData, type TemplateData, type TemplateSource } from './template-data';

const PROBE_ISSUE: TemplateSource = {
  publication: { name: '刊名', editor: '编印单位', mark: '内部资料 注意保存' },
  issue: { number: 1, total: 100, date: '2022-04-30' },
  articles: [
    {
      title: '标题第一行\n标题第二行',
      toc: '要目行',
      section: '栏目',
      source: '来源',
      byline: '本报记者 某某',
      body: '导语。\n\n## 小标题\n\n正文。\n\n![图注](images/probe.png)\n\n末段。',
    },
    { title: '第二篇', body: '正文。' },
  ],
  briefs: [{ date: '4月7日', text: '简讯', source: '来源' }, { date: '4月8日', text: '简讯二' }],
  colophon: { distribution: [{ label: '报', to: '甲' }, { label: '送', to: '乙' }], copies: 200 },
};

let cached: TemplateData | null = null;

export function probeData(): TemplateData {
  cached ??= templateData(PROBE_ISSUE);
  return cached;
}
