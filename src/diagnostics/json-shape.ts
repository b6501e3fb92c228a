// The documented shape of `check --format json` (docs/diagnostics.md): one array, one object per
// diagnostic, no other output on stdout. Scripts may rely on it; tests validate against it.
import { z } from 'zod';

export const JsonDiagnosticShape = z.strictObject({
  code: z.string().regex(/^JB\d{3}$/),
  severity: z.enum(['error', 'warning']),
  file: z.string().min(1),
  /** 1-based; 0 when the problem concerns the whole file. */
  line: z.int().nonnegative(),
  col: z.int().nonnegative(),
  message: z.string().min(1),
  hint: z.string(),
  fixable: z.boolean(),
});

export const JsonReportShape = z.array(JsonDiagnosticShape);
