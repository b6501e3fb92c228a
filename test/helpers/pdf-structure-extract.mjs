// Reads a PDF on stdin and prints what it says about itself as JSON: the outline (title and page
// number of each bookmark), each page's structure tree as pdfjs builds it for readers, the
// marked-content sequences of each page with their text, the document info and the raw XMP
// packet. A child process, as pdf-extract.mjs: pdfjs is ESM-only.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));

const pdf = await getDocument({ data, verbosity: 0, disableFontFace: true, useSystemFonts: false }).promise;

async function pageOf(dest) {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  return (await pdf.getPageIndex(explicit[0])) + 1;
}
async function outlineOf(items) {
  return Promise.all(
    (items ?? []).map(async (item) => ({ title: item.title, page: await pageOf(item.dest), items: await outlineOf(item.items) })),
  );
}

const outline = await outlineOf(await pdf.getOutline());
const structure = [];
const marked = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  structure.push(await page.getStructTree());
  // The text of each marked-content sequence: its tag, its id (p…_mcN, what the tree points
  // at) or none (an Artifact), and the text drawn inside it.
  const content = await page.getTextContent({ includeMarkedContent: true });
  const stack = [];
  const spans = [];
  for (const item of content.items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      // A Span nested in tagged content (one carrying /ActualText) belongs to that content.
      if (stack.length > 0 && !item.id && item.tag !== 'Artifact') {
        stack.push(stack[stack.length - 1]);
        continue;
      }
      const span = { tag: item.tag, id: item.id ?? null, text: '' };
      stack.push(span);
      spans.push(span);
    } else if (item.type === 'endMarkedContent') stack.pop();
    else if ('str' in item) {
      if (stack.length > 0) stack[stack.length - 1].text += item.str;
      else spans.push({ tag: null, id: null, text: item.str });
    }
  }
  marked.push(spans);
}
const meta = await pdf.getMetadata();
const raw = meta.metadata ? meta.metadata.getRaw() : null;
// What a reader takes from the XMP after parsing it (null when the packet is not well-formed XML).
const xmpTitle = meta.metadata ? (meta.metadata.get('dc:title') ?? null) : null;
process.stdout.write(JSON.stringify({ outline, structure, marked, info: meta.info, xmp: raw, xmpTitle }));
