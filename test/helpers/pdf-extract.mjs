// Reads a PDF on stdin and prints, per page, its text items with positions and real font names,
// and where its images are drawn, as JSON on stdout. Run as a child process: pdfjs-dist is ESM-only and Jest cannot load it.
// Coordinates are turned top-down (y = distance of the baseline from the top of the page).
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const multiply = ([a, b, c, d, e, f], [g, h, i, j, k, l]) => [
  a * g + b * i,
  a * h + b * j,
  c * g + d * i,
  c * h + d * j,
  e * g + f * i + k,
  e * h + f * j + l,
];

/** Each painted image as the box its unit square maps to under the current transform. */
function imagesOf(ops, height) {
  const images = [];
  const stack = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  ops.fnArray.forEach((fn, n) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(ops.argsArray[n], ctm);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const xs = [ctm[4], ctm[4] + ctm[0] + ctm[2]];
      const ys = [ctm[5], ctm[5] + ctm[1] + ctm[3]];
      const top = height - Math.max(...ys);
      images.push({ x: Math.min(...xs), y: top, width: Math.abs(ctm[0] + ctm[2]), height: Math.abs(ctm[1] + ctm[3]) });
    }
  });
  return images;
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));

// fontExtraProperties: pdf.js 6 leaves a font's PostScript name out of commonObjs without it.
const pdf = await getDocument({ data, verbosity: 0, disableFontFace: true, useSystemFonts: false, fontExtraProperties: true }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const [, , width, height] = page.view;
  // The operator list loads the fonts into commonObjs, where their PostScript names live.
  const ops = await page.getOperatorList();
  const content = await page.getTextContent();
  const items = content.items
    .filter((item) => 'str' in item && item.str.length > 0)
    .map((item) => ({
      text: item.str,
      x: item.transform[4],
      y: height - item.transform[5],
      width: item.width,
      height: item.height,
      fontName: page.commonObjs.has(item.fontName) ? page.commonObjs.get(item.fontName).name : item.fontName,
    }));
  pages.push({ width, height, items, text: items.map((i) => i.text).join(''), images: imagesOf(ops, height) });
}
process.stdout.write(JSON.stringify(pages));
