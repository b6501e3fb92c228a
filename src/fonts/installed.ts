// Owns finding a family a template names (仿宋, 黑体, 楷体, 方正小标宋简体, 宋体) among the fonts
// installed on the editor's machine: the files Windows, macOS and Chinese office machines ship
// under their usual names. Only the real family or its standard equivalents count (SimFang for
// 仿宋, STFangsong on a Mac); look-alikes are what the bundled Noto fonts are for.
import fs from 'node:fs';
import path from 'node:path';

/** A file name to look for, and for a .ttc collection the face to take (by PostScript name). */
interface Candidate {
  file: string;
  face?: RegExp;
}

const FAMILIES: Array<{ names: string[]; files: Candidate[] }> = [
  {
    names: ['仿宋', '仿宋_gb2312', 'fangsong', 'fangsong_gb2312', 'simfang', '华文仿宋', 'stfangsong'],
    files: [
      { file: 'simfang.ttf' },
      { file: '仿宋_GB2312.ttf' },
      { file: 'FS_GB2312.ttf' },
      { file: 'STFangsong.ttf' },
      { file: 'STFANGSO.TTF' },
      { file: '华文仿宋.ttf' },
    ],
  },
  {
    names: ['黑体', 'simhei', 'heiti', '华文黑体', 'stheiti'],
    files: [
      { file: 'simhei.ttf' },
      { file: 'STHeiti Medium.ttc', face: /^STHeiti.*SC/i },
      { file: 'STHeiti.ttf' },
      { file: 'STHEITI.TTF' },
      { file: '华文黑体.ttf' },
    ],
  },
  {
    names: ['楷体', '楷体_gb2312', 'kaiti', 'kaiti_gb2312', 'simkai', '华文楷体', 'stkaiti'],
    files: [
      { file: 'simkai.ttf' },
      { file: '楷体_GB2312.ttf' },
      { file: 'STKaiti.ttf' },
      { file: 'STKAITI.TTF' },
      { file: 'Kaiti.ttc', face: /^STKaiti.*SC/i },
      { file: '华文楷体.ttf' },
    ],
  },
  {
    names: ['方正小标宋简体', '方正小标宋_gbk', '小标宋', 'fzxiaobiaosong-b05s'],
    files: [
      { file: 'FZXBSJW.TTF' },
      { file: '方正小标宋简体.ttf' },
      { file: 'FZXiaoBiaoSong-B05S.ttf' },
      { file: 'FZXBSK.TTF' },
      { file: '方正小标宋_GBK.ttf' },
    ],
  },
  {
    names: ['宋体', 'simsun', '华文宋体', 'stsong', 'songti'],
    files: [
      { file: 'simsun.ttc', face: /^SimSun$/ },
      { file: 'simsun.ttf' },
      { file: 'Songti.ttc', face: /^STSongti-SC-Regular$/ },
      { file: 'STSong.ttf' },
      { file: 'STSONG.TTF' },
      { file: '华文宋体.ttf' },
    ],
  },
];

/** Font files under the directories, by lower-case file name; read once per process. */
const indexes = new Map<string, Map<string, string>>();

/** Fonts installed or removed since: the build server looks again before each run. */
export function forgetInstalledFonts(): void {
  indexes.clear();
}

function indexOf(dirs: readonly string[]): Map<string, string> {
  const key = dirs.join('\0');
  let index = indexes.get(key);
  if (index) return index;
  index = new Map();
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a directory that does not exist or cannot be read simply holds no fonts
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && depth < 6) walk(full, depth + 1);
      else if (/\.(ttf|otf|ttc)$/i.test(e.name) && !index!.has(e.name.toLowerCase())) index!.set(e.name.toLowerCase(), full);
    }
  };
  for (const dir of dirs) walk(dir, 0);
  indexes.set(key, index);
  return index;
}

export interface InstalledMatch {
  file: string;
  /** The face pattern for a collection; the caller picks the face after opening the file. */
  face?: RegExp;
}

/** The first installed file of the family (in the table's order of preference), or null. */
export function findInstalled(family: string, dirs: readonly string[]): InstalledMatch | null {
  const wanted = family.trim().toLowerCase().replace(/\s+/g, '');
  const entry = FAMILIES.find((f) => f.names.includes(wanted));
  if (!entry) return null;
  const index = indexOf(dirs);
  for (const c of entry.files) {
    const file = index.get(c.file.toLowerCase());
    if (file) return { file, face: c.face };
  }
  return null;
}
