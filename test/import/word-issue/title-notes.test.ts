// A title that ends in a bracketed note — （试行）, （图）, （1月） — is still a title: a note in
// brackets after a full clause also ends a sentence (a source line does), so it was read as body,
// and the article it heads was swallowed by the 要目 or merged into the one before it. So is a
// title that asks a question, set as titles are.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../helpers/run-cli';
import { loaded, tmp } from './round-trip-helpers';
import { redCentred, typedDocx, type TypedIssue } from './secretary-docx';

const issue: TypedIssue = {
  name: '鹿城区卫生健康工作简报',
  numbers: '第3期\u3000\u3000\u3000\u3000总第50期',
  editorLine: '温州市鹿城区卫生健康局编\t\t\t\t\t2023年3月31日',
  articles: [
    {
      title: ['鹿城区启动2024年“健康守门人”培训计划（试行）'],
      body: [
        '为提升基层医务人员能力，区卫健局于1月22日启动“健康守门人”培训计划。',
        '区卫健局科教科负责人表示：“培训不是‘走过场’，而要‘真管用’。”',
      ],
      source: '区卫健局科教科',
      sourceAlone: true,
    },
    {
      title: ['区人民医院胸痛中心通过国家级认证（图）'],
      body: ['近日，区人民医院胸痛中心通过中国胸痛中心联盟认证。'],
      source: '区人民医院',
    },
    {
      title: ['全区开展冬春季传染病防控督导（1月）'],
      body: ['1月8日至12日，区卫健局组织4个督导组开展督导。'],
      source: '区疾控中心',
    },
    {
      title: ['家庭医生签约新政，您了解了吗？'],
      body: ['今年起，签约居民可享受慢病长处方等服务。'],
      source: '区卫健局基层卫生科',
    },
  ],
  briefs: ['3月3日，区卫健局召开会议（局办公室）'],
  colophon: ['报：市卫健委', '送：区委办、区政府办', '发：各医疗卫生单位', '共印150份'],
};

test('titles ending in （试行） （图） （1月） or a question mark head their own articles, with their bodies and sources', async () => {
  const dir = tmp();
  const file = path.join(dir, '2023-03.docx');
  fs.writeFileSync(file, await typedDocx(redCentred(issue)));
  const run = await runCli(['import', file, '-o', path.join(dir, 'out')]);
  expect(run.code).toBe(0);
  const got = loaded(path.join(dir, 'out', '2023-03.yaml'));
  expect(got.articles.map((a) => [a.title, a.source])).toEqual(issue.articles.map((a) => [a.title.join(''), a.source]));
  expect(got.articles.map((a) => a.body.trim().split(/\n+/))).toEqual(issue.articles.map((a) => a.body));
  // Every 要目 line names its article: none is reported unmatched, nothing left in comments.
  expect(run.stderr).not.toMatch(/JB078|JB159/);
  expect(fs.readFileSync(path.join(dir, 'out', '2023-03.yaml'), 'utf8')).not.toMatch(/^# 原文/m);
});
