// A small glob matcher for input patterns such as `archive/**/*.yaml`, for shells that do not
// expand globs themselves (Windows cmd and PowerShell) or when the pattern is quoted. Supports
// `*` (within one folder), `?`, `**` (any number of folders) and `{a,b}`; nothing else is special.
// Node 20 has no fs.glob, and this is too small to justify a dependency.

const SPECIAL = /[*?{]/;

export function isGlob(arg: string): boolean {
  return SPECIAL.test(arg);
}

/** Pattern with `/` separators: on Windows a backslash is a separator, never an escape. */
export function normalisePattern(pattern: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
}

/** The folder to walk: the segments before the first one holding a wildcard ('.' when none). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const i = segments.findIndex((s) => SPECIAL.test(s));
  const base = segments.slice(0, i < 0 ? segments.length - 1 : i).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

const escapeRe = (s: string) => s.replace(/[.+^$()|[\]\\]/g, '\\$&');

function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = segment.indexOf('}', i);
      if (end < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${segment.slice(i + 1, end).split(',').map(segmentSource).join('|')})`;
      i = end;
    } else out += escapeRe(c);
  }
  return out;
}

/** A matcher for paths relative to globBase(pattern), with `/` separators. */
export function globMatcher(pattern: string): (relative: string) => boolean {
  const base = globBase(pattern);
  const rest = base === '.' && !pattern.startsWith('./') ? pattern : pattern.slice(base.length).replace(/^\//, '');
  // `a/**/b` matches a/b too: `**/` stands for zero or more whole folders.
  const source = rest
    .split('/')
    .map((s) => (s === '**' ? '(?:[^/]+/)*' : `${segmentSource(s)}/`))
    .join('')
    .replace(/\/$/, '');
  const re = new RegExp(`^${source.replace(/\(\?:\[\^\/\]\+\/\)\*$/, '.*')}$`);
  return (relative) => re.test(relative);
}
