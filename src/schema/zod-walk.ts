// Looks inside the zod schema by path: which keys are allowed somewhere, and the example that
// the schema documents for a field (used in hints). Through zod's public `.def`, not `._zod`.
import { z } from 'zod';

type Any = z.ZodType;

function unwrap(schema: Any): Any {
  let s = schema;
  for (;;) {
    const def = s.def as { type: string; innerType?: Any; in?: Any };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

export function schemaAt(root: Any, path: readonly PropertyKey[]): Any | null {
  let s: Any = unwrap(root);
  for (const seg of path) {
    const def = s.def as { type: string; shape?: Record<string, Any>; element?: Any };
    if (def.type === 'object' && def.shape && typeof seg === 'string' && seg in def.shape) s = unwrap(def.shape[seg]);
    else if (def.type === 'array' && def.element && typeof seg === 'number') s = unwrap(def.element);
    else return null;
  }
  return s;
}

export function allowedKeys(root: Any, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(root, path);
  const def = s?.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export function exampleFor(root: Any, path: readonly PropertyKey[]): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const field = path.length ? schemaAt(root, path) : null;
  const meta = field ? (z.globalRegistry.get(field) as { examples?: unknown[] } | undefined) : undefined;
  const example = meta?.examples?.[0];
  return example === undefined ? undefined : `${key}: ${typeof example === 'string' && /^\d{4}-/.test(example) ? `"${example}"` : example}`;
}
