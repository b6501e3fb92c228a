// The 公众号 format's files for an output stem: X.wechat.html, or X.wechat-1.html … when the issue
// is split, and the photos in X.wechat-images/ beside them.
import path from 'node:path';
import type { DocumentModel } from '../../model/model';
import type { OutputFile, RenderOptions } from '../renderer';
import { renderWechat } from './index';

export async function renderWechatFiles(model: DocumentModel, options: RenderOptions): Promise<OutputFile[]> {
  const stem = options.stem ?? model.meta.title;
  const names = (count: number) =>
    count === 1 ? [`${stem}.wechat.html`] : Array.from({ length: count }, (_, i) => `${stem}.wechat-${i + 1}.html`);
  const folder = `${path.basename(stem)}.wechat-images`;
  const out = await renderWechat(model, {
    imageFolder: folder,
    file: options.issueFile ?? `${stem}.wechat.html`,
    partNames: (count) => names(count).map((n) => path.basename(n)),
    diagnostics: options.diagnostics,
  });
  const files = names(out.parts.length);
  return [
    ...out.parts.map((bytes, i): OutputFile => [files[i], bytes]),
    ...out.images.map((image): OutputFile => [path.join(path.dirname(stem), folder, image.name), image.data]),
  ];
}
