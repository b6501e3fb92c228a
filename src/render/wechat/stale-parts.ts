// A 公众号 build writes X.wechat.html or X.wechat-1.html, X.wechat-2.html … and photos in
// X.wechat-images/. When the split changes, the files of the previous build that this one did not
// write are removed, so an editor never pastes an old part: only files of those exact names.
import fs from 'node:fs';
import path from 'node:path';

const PART = /^\.wechat(-\d+)?\.html$/;

export function removeStaleWechatParts(stem: string, written: readonly string[]): void {
  const keep = new Set(written.map((f) => path.resolve(f)));
  const dir = path.dirname(stem);
  const base = path.basename(stem);
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const parts = names.filter((n) => n.startsWith(base) && PART.test(n.slice(base.length))).map((n) => path.join(dir, n));
  const images = path.join(dir, `${base}.wechat-images`);
  const photos = fs.lstatSync(images, { throwIfNoEntry: false })?.isDirectory()
    ? fs.readdirSync(images).map((n) => path.join(images, n))
    : [];
  for (const file of [...parts, ...photos]) {
    if (keep.has(path.resolve(file)) || !fs.lstatSync(file).isFile()) continue;
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // One left behind is named by nothing this build printed; the build itself succeeded.
    }
  }
}
