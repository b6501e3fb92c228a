// The one issue schema. Types, validation, the JSON Schema for editors and the field examples in
// diagnostics all come from here, so they cannot drift apart.
import { z } from 'zod';
import { ISSUE_RANGE, spanOf } from './issue-range';

const text = (description: string, example: string) => z.string().min(1).meta({ description, examples: [example] });

export const DateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  })
  .meta({ description: '出版日期 YYYY-MM-DD（加引号）', examples: ['2022-04-30'] });

export const Publication = z
  .strictObject({
    name: text('刊名，印在报头', '温州科协信息'),
    editor: text('编印单位，按原样印在报头左下', '温州市科学技术协会编'),
    mark: text('报头左上角的标注（可选）', '内部资料 注意保存').optional(),
  })
  .meta({ description: '刊物信息；通常写在 jianbao.config.yaml 中' });

/** 期号 or 总期号: a positive integer, or a 合刊's range as printed (issue-range.ts). */
const issueNo = (description: string, example: number) =>
  z
    .union([z.int().positive(), z.string().regex(ISSUE_RANGE).refine((s) => spanOf(s) !== null)])
    .meta({ description, examples: [example] });

export const IssueInfo = z
  .strictObject({
    number: issueNo('期号：第 N 期，每年从 1 开始；合刊照原刊写范围，如 5-6', 4).optional(),
    total: issueNo('总期号：总第 N 期，逐期累加；合刊占两个总期号时写 270-271', 269).optional(),
    date: DateString,
  })
  .meta({ description: '本期的期号与日期' });

/** A back issue the archive does not hold: its numbers keep the series' chain whole. */
export const MissingIssue = IssueInfo.extend({
  note: text('说明（可选），如“原刊遗失”', '原刊遗失').optional(),
}).meta({ description: '一期缺失的期：期号、总期号和（大约的）出版日期' });

export const Article = z.strictObject({
  title: text('标题；\\n 表示标题内换行', '温州市“科创中国”试点城市建设推进会召开'),
  toc: text('本期要目中的标题（默认为去掉换行的标题）', '市科协召开党组会传达学习贯彻市“两会”精神').optional(),
  section: text('栏目或地区标签（专版用）', '宁波').optional(),
  source: text('来源署名，不含括号，印为（市科协学会部）', '市科协学会部').optional(),
  byline: text('记者署名，原样另起一行', '本报记者 徐军 通讯员 叶旭光').optional(),
  body: text('正文：照原样印出；每行一段（空行只作分隔），“## ”开头为小标题，**加粗**，整行 ![图注](images/a.jpg) 为图片；详见 docs/body-format.md', '4月21日，温州市召开……'),
}).meta({ description: '一篇文章：标题、来源署名、正文' });

export const Brief = z.strictObject({
  date: text('日期或日期范围', '4月7日-8日'),
  text: text('简讯内容', '市科协举办第十一期“农技云培训”'),
  source: text('来源，不含括号', '市科协科普部').optional(),
}).meta({ description: '一条简讯：日期、内容、来源' });

export const Colophon = z
  .strictObject({
    distribution: z
      .array(z.strictObject({ label: text('报/送/发', '报'), to: text('发送对象', '省科协办公室') }).meta({ description: '报尾的一行：报、送或发，及发送对象' }))
      .meta({ description: '报尾的报、送、发各行' })
      .optional(),
    copies: z.int().positive().meta({ description: '印数：共印 N 份', examples: [200] }).optional(),
  })
  .meta({ description: '报尾（版记）' });

const TemplateName = text('模板名称或模板文件夹路径', 'kexie');

export const IssueFile = z.strictObject({
  publication: Publication.partial().optional().meta({ description: '刊物信息；省略的字段取自 jianbao.config.yaml' }),
  issue: IssueInfo,
  template: TemplateName.optional(),
  articles: z.array(Article).min(1).meta({ description: '文章，按刊出顺序' }),
  briefs: z.array(Brief).optional().meta({ description: '简讯，每条一行' }),
  colophon: Colophon.nullable().optional().meta({ description: '报尾；写 null 表示本期不印报尾' }),
});

const FontChoice = z.strictObject({
  family: text('Word/WPS 中的字体名', '仿宋_GB2312').optional(),
  file: text('PDF 嵌入的字体文件，相对于本配置文件', 'fonts/simfang.ttf').optional(),
  postscriptName: text('.ttc 字体集中所用字体的 PostScript 名', 'SimSun').optional(),
});

/** Per-role fonts of a series; they override the template's (README: Fonts). */
export const FontsConfig = z
  .strictObject({ title: FontChoice.optional(), heading: FontChoice.optional(), kai: FontChoice.optional(), body: FontChoice.optional(), song: FontChoice.optional() })
  .meta({ description: '各字体角色（标题、黑体、楷体、正文、宋体）使用的字体，覆盖模板的设置' });
export type FontChoiceData = z.infer<typeof FontChoice>;

/** The series config, given the schema of one output format name: the names belong to the
 *  renderer registry, which src/config/config-file.ts passes in (schema/ sits below render/). */
export const configFileSchema = <F extends z.ZodType<string>>(formatName: F) => z.strictObject({
  fonts: FontsConfig.optional(),
  publication: Publication.partial().optional(),
  template: TemplateName.optional(),
  colophon: Colophon.optional(),
  // Where a series keeps its issues and how `jianbao new` names the next one (src/config/series-config.ts).
  issues: z
    .strictObject({
      dir: text('期刊文件所在文件夹，相对于本配置文件', '.').optional(),
      pattern: text('新一期的文件名模式：YYYY 年、MM 月、DD 日、{number} 期号、{total} 总期号', 'YYYY/YYYY-MM.yaml').optional(),
      missing: z
        .array(MissingIssue)
        .meta({ description: '档案中缺失的期（原刊遗失或未收存）：期号链在此处不算断号，也不生成任何文件' })
        .optional(),
    })
    .optional(),
  // Defaults for `watch` when no -o/--to is given; dir is relative to this file.
  output: z
    .strictObject({
      dir: text('输出文件夹，相对于本配置文件', 'out').optional(),
      formats: z.array(formatName).min(1).meta({ description: '输出格式', examples: [['pdf', 'docx']] }).optional(),
      pdfa: z.boolean().meta({ description: 'build 把 PDF 生成为 PDF/A-2b（存档用），同 --pdfa', examples: [true] }).optional(),
    })
    .optional(),
});

export type IssueFileData = z.infer<typeof IssueFile>;
export type ArticleData = z.infer<typeof Article>;
export type BriefData = z.infer<typeof Brief>;
export type ColophonData = z.infer<typeof Colophon>;
export type PublicationData = z.infer<typeof Publication>;

/** A complete, valid issue with the series config merged in: what layout receives. */
export interface Issue {
  file: string;
  publication: PublicationData;
  issue: z.infer<typeof IssueInfo>;
  template: string;
  articles: ArticleData[];
  briefs: BriefData[];
  colophon: ColophonData | null;
  /** Fonts the series config names per role, files already absolute (they override the template's). */
  fonts: { choices: Partial<Record<'title' | 'heading' | 'kai' | 'body' | 'song', FontChoiceData>>; declaredIn: string | null };
  /** Where a field's value starts in the issue file (line `lineWithin` of a multi-line value). */
  locate(path: ReadonlyArray<string | number>, lineWithin?: number): { line: number; col: number };
  /** Where character `index` of a string value sits (line, col, source offset); null when the
   *  scalar's characters do not map one-to-one onto the file (folded blocks, escapes). */
  locateChar(path: ReadonlyArray<string | number>, index: number): { line: number; col: number; offset: number } | null;
  /** The whole file line (offset, length with its break) that holds characters [index, index +
   *  length) of a literal block as one value line, behind only indentation; else null. */
  locateLine(path: ReadonlyArray<string | number>, index: number, length: number): { offset: number; length: number } | null;
}
