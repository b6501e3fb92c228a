// What patches/docx+9.15.2.patch adds: docx zips the package it compiles and has no public way to
// hand over the files before zipping, which we edit (package-fixups.ts) and zip ourselves.
import 'docx';

declare module 'docx' {
  namespace Packer {
    /** The package's files by their paths, as docx would zip them. Absent when the patch was not applied. */
    const toParts: ((file: Document) => Map<string, string | Uint8Array>) | undefined;
  }
}
