// Some libraries that jianbao's dependencies load cost a fresh process ~80–100 ms of its ~1 s
// before any issue is read, for work that is either done faster by Node itself or never needed:
// - tiny-inflate, a pure-JavaScript inflate, unpacks the Unicode tables fontkit, linebreak and
//   unicode-properties build when they load (~40 ms with cold code). Node's zlib inflates the
//   same bytes natively in about a millisecond.
// - brotli's decoder (and its 120 KB dictionary) is evaluated by fontkit only to open WOFF2
//   fonts; it is now loaded the first time one is opened.
// - crypto-js (36 modules) is loaded by pdfkit for encrypted PDFs; an unencrypted document
//   only takes the MD5 of its info dictionary for the file ID, and MD5 alone is 2 modules.
// - zod's 64 message translations and htmlparser2's feed reader (domutils, 18 modules) are
//   loaded with their libraries and never used here (~0.3 ms a module).
// Each substitute gives the same bytes as the module it stands for (test/startup/
// lighter-deps.test.ts); the real module is still loaded, unchanged, the moment anything else
// of it is used. Installed in the CLI's process and in batch workers, beside the code cache;
// JIANBAO_LIGHTER_DEPS=0 turns it off to compare.
import Module from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;

/**
 * tiny-inflate's contract: raw DEFLATE data in, written into `dest`, which is returned (cut to
 * the inflated length when that is shorter). Bytes after the final block are ignored, as
 * fontkit's WOFF reader relies on (it passes a zlib stream's Adler-32 trailer along).
 */
export function nativeInflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const out = zlib.inflateRawSync(source, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const length = Math.min(out.length, dest.length);
  dest.set(out.subarray(0, length));
  return length < dest.length ? dest.slice(0, length) : dest;
}

/** A function that loads the real one on its first call. */
function lazyFunction(load: () => unknown): unknown {
  let real: ((...args: unknown[]) => unknown) | undefined;
  return function loadedOnCall(this: unknown, ...args: unknown[]) {
    real ??= load() as (...args: unknown[]) => unknown;
    return real.apply(this, args);
  };
}

/**
 * A module's exports, loaded on first use. `known` answers some names without loading it:
 * `__esModule`, which TypeScript's and Babel's import helpers read as soon as they get a module,
 * and anything the caller can give more cheaply.
 */
function lazyModule(load: () => object, known: Record<string | symbol, () => unknown> = {}): object {
  let real: object | undefined;
  const module = () => (real ??= load());
  return new Proxy(
    {},
    {
      get: (_target, name) => (name in known ? known[name]() : (module() as Record<string | symbol, unknown>)[name]),
      has: (_target, name) => name in known || name in module(),
      ownKeys: () => Reflect.ownKeys(module()),
      // Reported configurable: the (empty) target must not be said to hold a fixed property.
      getOwnPropertyDescriptor: (_target, name) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(module(), name);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}

const ES_MODULE = { __esModule: () => true };

function isInside(parent: unknown, pkg: string): boolean {
  const filename = (parent as { filename?: string } | null)?.filename ?? '';
  return filename.includes(`${path.sep}node_modules${path.sep}${pkg}${path.sep}`);
}

let installed = false;

export function lightenDependencies(env: NodeJS.ProcessEnv = process.env): void {
  if (installed || env.JIANBAO_LIGHTER_DEPS === '0') return;
  installed = true;
  const statics = Module as unknown as { _load: Load };
  const load = statics._load;
  statics._load = function (request, parent, isMain) {
    const real = (id: string) => load.call(this, id, parent, false);
    if (request === 'tiny-inflate') return nativeInflate;
    if (request === 'brotli/decompress.js' && isInside(parent, 'fontkit')) return lazyFunction(() => real(request));
    if (request === 'crypto-js' && isInside(parent, 'pdfkit')) return lazyModule(() => real(request) as object, { MD5: () => real('crypto-js/md5') });
    // zod's 64 translations of its messages (jianbao words its own); its English is loaded apart.
    if (request === '../locales/index.cjs' && isInside(parent, 'zod')) return lazyModule(() => real(request) as object, ES_MODULE);
    // htmlparser2 needs domutils (and its serializer, 18 modules) only to read RSS feeds.
    if (request === 'domutils' && isInside(parent, 'htmlparser2')) return lazyModule(() => real(request) as object, ES_MODULE);
    return load.call(this, request, parent, isMain);
  };
}
