// The renderer opens fonts through the process-wide cache in src/fonts (shared with font
// resolution and the glyph preflight, so each file is parsed once per process).
export { openFont, type OpenedFont } from '../../fonts/open-font';
