// Where a document jianbao ships (package.json "files") sits on this machine, so a message can
// name a file the editor can open rather than a path inside the source repository.
import path from 'node:path';

/** `name` under the package's docs/ (src/cli and dist/cli alike are two levels below the root). */
export const shippedDoc = (name: string): string => path.join(__dirname, '..', '..', 'docs', name);
