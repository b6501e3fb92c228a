// Reads a PDF on stdin and prints, per page, its text items with positions and real font names
// as JSON on stdout. Run as a child process: pdfjs-dist is ESM-only and Jest cannot load it.
// Coordinates are turned top-down (y = distance of the baseline from the top of the page).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));

const pdf = await getDocument({ data, verbosity: 0, disableFontFace: true, useSystemFonts: false }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const [, , width, height] = page.view;
  // The operator list loads the fonts into commonObjs, where their PostScript names live.
  await page.getOperatorList();
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
  pages.push({ width, height, items, text: items.map((i) => i.text).join('') });
}
process.stdout.write(JSON.stringify(pages));
