// `jianbao fonts [FILE] [-t TEMPLATE]`: what each font role resolves to — the family the DOCX
// names, the file the PDF embeds, and where it came from (the template, this machine, bundled).
// With a FILE, its template (from the issue or its config); else -t, else kexie.
import { resolveTemplateRef } from '../../templates/template-ref';
import path from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic';
import { fontRequests } from '../../fonts/requests';
import { bundledFace } from '../../fonts/bundled';
import { resolveFonts } from '../../fonts/resolve';
import type { Issue } from '../../schema/issue-schema';
import { FONT_ROLES, type FontRole } from '../../model/model';
import { loadIssue } from '../../issue/load-issue';
import type { Encoding } from '../../source/read';
import { loadTemplate } from '../../templates/load-template';
import { EXIT, type CliIO } from '../../io/io';
import { reportDiagnostics } from '../../io/report';

export interface FontsOptions {
  template?: string;
  encoding?: Encoding;
  format?: 'text' | 'json';
  /** An alias of --format json, kept for the scripts that use it. */
  json?: boolean;
}

const WORDS = {
  zh: {
    heading: '模板 {name} 的字体：',
    config: '系列设置指定',
    template: '模板指定',
    installed: '本机已安装',
    bundled: '内置 {name}（SIL OFL，随 npm 安装）',
    standIn: '；没有完整的免费{family}，以此代替',
    roles: { title: '标题（小标宋）', heading: '一级标题（黑体）', kai: '楷体', body: '正文（仿宋）', song: '页码（宋体）' },
  },
  en: {
    heading: 'fonts of template {name}:',
    config: 'named by the series config',
    template: 'named by the template',
    installed: 'installed on this machine',
    bundled: 'bundled {name} (SIL OFL, from npm)',
    standIn: '; no complete free {family} exists, this stands in',
    roles: { title: 'title (小标宋)', heading: 'heading (黑体)', kai: 'kai (楷体)', body: 'body (仿宋)', song: 'song (宋体, folios)' },
  },
} as const;

export async function fontsCommand(io: CliIO, file: string | undefined, opts: FontsOptions): Promise<number> {
  let ref = opts.template ?? 'kexie';
  let baseDir = process.cwd();
  let configFonts: Issue['fonts'] | null = null;
  if (file) {
    const loaded = loadIssue(file, { encoding: opts.encoding });
    if (!loaded.issue || hasErrors(loaded.diagnostics)) {
      reportDiagnostics(io, loaded.diagnostics, loaded.sources);
      return EXIT.inputErrors;
    }
    ref = opts.template ?? loaded.issue.template;
    configFonts = loaded.issue.fonts;
    baseDir = path.dirname(path.resolve(file));
  }
  if (opts.template) ref = resolveTemplateRef(opts.template);
  const loadedTemplate = loadTemplate(ref, baseDir);
  if (!loadedTemplate.ok) {
    reportDiagnostics(io, loadedTemplate.diagnostics, new Map());
    return EXIT.inputErrors;
  }
  const { template } = loadedTemplate;
  const manifest = path.relative(process.cwd(), path.join(template.dir, 'manifest.yaml'));
  const resolved = resolveFonts(fontRequests(template.manifest.fontFamilies, configFonts), template.dir, manifest);
  const w = WORDS[io.lang];
  if (opts.json || opts.format === 'json') {
    const roles = FONT_ROLES.map((role) => ({ role, ...resolved.fonts[role], origin: resolved.origins[role] }));
    io.stdout(JSON.stringify({ template: template.name, roles }, null, 2));
  } else {
    // A bundled face is named (LXGW WenKai, Noto Serif SC …), with a note where it only stands in.
    const origin = (role: FontRole) => {
      if (resolved.origins[role] !== 'bundled') return w[resolved.origins[role]];
      const face = bundledFace(role);
      const note = face.standIn ? w.standIn.replace('{family}', resolved.fonts[role].family) : '';
      return w.bundled.replace('{name}', face.name).replace(/([）)])$/, `${note}$1`);
    };
    const lines = FONT_ROLES.map((role) => {
      const f = resolved.fonts[role];
      const face = f.postscriptName ? ` (${f.postscriptName})` : '';
      return `  ${w.roles[role]}  ${f.family}  ${origin(role)}\n      ${f.file}${face}`;
    });
    io.stdout([w.heading.replace('{name}', template.name), ...lines].join('\n'));
  }
  if (resolved.diagnostics.length) reportDiagnostics(io, resolved.diagnostics, new Map());
  return hasErrors(resolved.diagnostics) ? EXIT.inputErrors : EXIT.ok;
}
