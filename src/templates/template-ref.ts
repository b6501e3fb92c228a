// How a template is named: a bare name (`kexie`, looked up beside the issue and among the
// built-ins) or a path to a template folder, resolved against the folder it was written in
// (the working folder for -t, the file's folder for `template:` in an issue or config).
import path from 'node:path';

export function looksLikePath(ref: string): boolean {
  return /[\\/]/.test(ref) || ref.startsWith('.');
}

/** A bare name as it is; a path made absolute against `baseDir`. */
export function resolveTemplateRef(ref: string, baseDir: string = process.cwd()): string {
  return looksLikePath(ref) ? path.resolve(baseDir, ref) : ref;
}
