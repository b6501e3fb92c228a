// HTML escaping for the web formats: text and attribute values keep every character the editor
// typed; only the few that HTML would read as markup become character references.
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Record<string, string> = { ...TEXT, '"': '&quot;' };

export const escapeText = (s: string): string => s.replace(/[&<>]/g, (c) => TEXT[c]);
export const escapeAttribute = (s: string): string => s.replace(/[&<>"]/g, (c) => ATTRIBUTE[c]);
