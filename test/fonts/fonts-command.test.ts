// `jianbao fonts`: per role the family, the file and where it came from, in both languages;
// the machine's font folders are pinned through JIANBAO_FONT_DIRS to a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/io/io';
import { fontsCommand } from '../../src/cli/commands/fonts';
import { bundledFonts } from '../../src/fonts/bundled';

let tmp: string;
const saved = process.env.JIANBAO_FONT_DIRS;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jianbao-fonts-cmd-'));
  fs.copyFileSync(bundledFonts().body.file, path.join(tmp, 'simfang.ttf'));
  process.env.JIANBAO_FONT_DIRS = tmp; // read once, when fonts are first resolved in this process
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (saved === undefined) delete process.env.JIANBAO_FONT_DIRS;
  else process.env.JIANBAO_FONT_DIRS = saved;
});

function capture(lang: 'zh' | 'en'): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, lang };
}

describe('jianbao fonts', () => {
  it('lists each role of the sample’s template with family, file and origin (JSON)', async () => {
    const io = capture('en');
    const code = await fontsCommand(io, path.join(__dirname, '../../samples/wenzhou-kexie-2022-04.yaml'), { json: true });
    expect(code).toBe(0);
    const report = JSON.parse(io.out.join(''));
    expect(report.template).toBe('kexie');
    const body = report.roles.find((r: { role: string }) => r.role === 'body');
    expect(body).toEqual({ role: 'body', family: '仿宋', file: path.join(tmp, 'simfang.ttf'), origin: 'installed' });
    const title = report.roles.find((r: { role: string }) => r.role === 'title');
    expect(title).toMatchObject({ family: '方正小标宋简体', origin: 'bundled', file: bundledFonts().title.file });
  });

  it('prints a readable table in Chinese by default', async () => {
    const io = capture('zh');
    expect(await fontsCommand(io, undefined, { template: 'kexie' })).toBe(0);
    const text = io.out.join('\n');
    expect(text).toContain('模板 kexie 的字体：');
    expect(text).toMatch(/正文（仿宋）\s+仿宋\s+本机已安装\n\s+\S*simfang\.ttf/);
    expect(text).toMatch(
      /标题（小标宋）\s+方正小标宋简体\s+内置 Noto Serif SC Bold（SIL OFL，随 npm 安装；没有完整的免费方正小标宋简体，以此代替）/,
    );
  });

  it('names LXGW WenKai for the 楷 role, from npm', async () => {
    // The pinned font folder holds only a 仿宋: the 楷 is the bundled one.
    const zh = capture('zh');
    expect(await fontsCommand(zh, undefined, { template: 'kexie' })).toBe(0);
    const text = zh.out.join('\n');
    expect(text).toMatch(
      /楷体\s+楷体\s+内置 LXGW WenKai 霞鹜文楷（SIL OFL，随 npm 安装）\n\s+\S*LXGWWenKai-Regular-[0-9a-f]+-[0-9a-f]{8}\.ttf/,
    );
    const en = capture('en');
    expect(await fontsCommand(en, undefined, { template: 'kexie', json: true })).toBe(0);
    const kai = JSON.parse(en.out.join('')).roles.find((r: { role: string }) => r.role === 'kai');
    expect(kai).toMatchObject({ family: '楷体', origin: 'bundled', file: bundledFonts().kai.file });
  });

  it('lists the song role (宋体, the folios) with the bundled Noto Serif SC, no stand-in note, in both languages', async () => {
    const zh = capture('zh');
    expect(await fontsCommand(zh, undefined, { template: 'kexie' })).toBe(0);
    const text = zh.out.join('\n');
    expect(text).toMatch(/页码（宋体）\s+宋体\s+内置 Noto Serif SC（SIL OFL，随 npm 安装）\n\s+\S*NotoSerifSC_400Regular\.ttf/);
    const en = capture('en');
    expect(await fontsCommand(en, undefined, { template: 'kexie' })).toBe(0);
    expect(en.out.join('\n')).toMatch(/song \(宋体, folios\)\s+宋体\s+bundled Noto Serif SC \(SIL OFL, from npm\)\n/);
    const json = capture('en');
    expect(await fontsCommand(json, undefined, { template: 'kexie', json: true })).toBe(0);
    const song = JSON.parse(json.out.join('')).roles.find((r: { role: string }) => r.role === 'song');
    expect(song).toEqual({ role: 'song', family: '宋体', file: bundledFonts().song.file, origin: 'bundled' });
  });

  it('fails with a diagnostic for an unknown template', async () => {
    const io = capture('en');
    expect(await fontsCommand(io, undefined, { template: 'no-such-template' })).toBe(1);
    expect(io.err.join('\n') + io.out.join('\n')).toMatch(/JB401/);
  });
});
