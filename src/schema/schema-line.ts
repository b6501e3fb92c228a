// The first line of every issue file jianbao writes (new, init, import): editors' YAML tooling
// (VS Code's YAML extension) completes and checks the file against the package's JSON Schema.
import path from 'node:path';

/** The package's generated JSON Schema (schema/issue.schema.json, shipped in the npm package). */
export const PACKAGE_SCHEMA = path.resolve(__dirname, '..', '..', 'schema', 'issue.schema.json');

/** The schema's path for an issue file at `file`: relative to the file's folder, with forward
 *  slashes (Windows too), as the YAML extension resolves it. */
export const schemaRef = (file: string): string =>
  path
    .relative(path.dirname(path.resolve(file)), PACKAGE_SCHEMA)
    .split(path.sep)
    .join('/');

/** `# yaml-language-server: $schema=…` for an issue file at `file`. */
export const schemaLine = (file: string): string => `# yaml-language-server: $schema=${schemaRef(file)}`;
