// Which font each role asks for: the template's choice, overridden role by role by the series
// config's `fonts:` (flag > issue > config > template, as everywhere). Resolution (resolve.ts)
// then finds the file; diagnostics about a config's font point at the config file.
import { FONT_ROLES, type FontRole } from '../model/model';
import type { Issue } from '../schema/issue-schema';
import type { FontRequest } from './resolve';

export function fontRequests(
  template: Partial<Record<FontRole, FontRequest>>,
  config: Issue['fonts'] | null,
): Partial<Record<FontRole, FontRequest>> {
  const out: Partial<Record<FontRole, FontRequest>> = {};
  for (const role of FONT_ROLES) {
    const base = template[role];
    const over = config?.choices[role];
    if (!over) {
      if (base) out[role] = base;
      continue;
    }
    const family = over.family ?? base?.family;
    if (!family && !over.file) continue;
    out[role] = {
      family: family ?? '',
      // A family named by the config alone looks for that family, not the template's file.
      ...(over.file
        ? { file: over.file, postscriptName: over.postscriptName, declaredIn: config?.declaredIn ?? undefined }
        : over.family
          ? {}
          : { file: base?.file, postscriptName: base?.postscriptName }),
    };
  }
  return out;
}
