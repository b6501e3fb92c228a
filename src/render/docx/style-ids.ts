// The names of the styles the DOCX defines. Model paragraph styles keep their own name as the
// style id (so a template's `body` is `body` in Word's style pane); rule styles and the image style
// are renderer-made and get prefixed ids that cannot clash with a template's names.

/** Style id of the paragraph that draws a rule of the given rule style. */
export const ruleStyleId = (name: string): string => `rule-${name}`;

/** Style id of the centred paragraph that holds an image. */
export const IMAGE_STYLE_ID = 'jianbao-image';

/** Style id of the near-zero-height paragraph that anchors the 报尾 text box. */
export const BOTTOM_ANCHOR_STYLE_ID = 'jianbao-bottom-anchor';

/**
 * The display name in Word/WPS. Prefixed with "Jianbao" because Word matches built-in style names
 * case-insensitively: a style named plain "title" would be taken for Word's own "Title".
 */
export function displayName(id: string): string {
  const words = id.split(/[-_\s]+/).filter((w) => w && w !== 'jianbao').map((w) => w[0].toUpperCase() + w.slice(1));
  return ['Jianbao', ...words].join(' ');
}
