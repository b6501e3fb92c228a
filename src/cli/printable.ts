// Text from files that are not the user's own (a template's manifest, a folder's name) printed
// to a terminal: control characters could move the cursor, retitle the window or hide text, and
// bidi controls reorder what is shown. They are dropped; tabs and newlines become spaces.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CONTROLS, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
}
