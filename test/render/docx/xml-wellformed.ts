// A small XML well-formedness check for the parts docx writes: one root, balanced and properly
// nested tags, quoted and unique attributes, known entities, nothing but whitespace outside the
// root. Enough to catch a broken textual fix-up; not a validating parser.

const NAME = '[A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'y');
const TAG = new RegExp(`<(/?)(${NAME})`, 'y');

function checkText(text: string, where: number): void {
  for (const m of text.matchAll(/&([^;]*);?/g)) {
    if (!/^(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1]) || !m[0].endsWith(';')) {
      throw new Error(`bad entity ${m[0].slice(0, 12)} near ${where}`);
    }
  }
  if (text.includes('<')) throw new Error(`stray < near ${where}`);
}

/** Throws with a position when `xml` is not well-formed. */
export function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim()) throw new Error(`text outside the root near ${i}`);
    checkText(text, i);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const tag = TAG.exec(xml);
    if (!tag) throw new Error(`bad tag near ${lt}: ${xml.slice(lt, lt + 20)}`);
    let j = TAG.lastIndex;
    const [, closing, name] = tag;
    const seen = new Set<string>();
    for (ATTRIBUTE.lastIndex = j; !closing; ATTRIBUTE.lastIndex = j) {
      const a = ATTRIBUTE.exec(xml);
      if (!a) break;
      if (seen.has(a[1])) throw new Error(`duplicate attribute ${a[1]} on ${name} near ${lt}`);
      seen.add(a[1]);
      checkText(a[2].slice(1, -1), j);
      j = ATTRIBUTE.lastIndex;
    }
    const end = /^\s*(\/?)>/.exec(xml.slice(j, j + 64));
    if (!end) throw new Error(`unterminated tag ${name} near ${lt}`);
    const selfClosing = end[1] === '/';
    if (closing) {
      if (selfClosing || stack.pop() !== name) throw new Error(`mismatched </${name}> near ${lt}`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) {
      roots++;
    }
    i = j + end[0].length;
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
}
