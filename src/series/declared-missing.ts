// Back issues the archive does not hold, as the series config lists them (`issues.missing`): they
// take their place in the ledger's chain, so the issue after a lost one is not told to renumber
// itself (which would falsify what was printed on it). Nothing is built for them.
import path from 'node:path';
import { ConfigFile } from '../config/config-file';
import { findConfig } from '../config/find-config';
import { loadYamlFile } from '../load/load-yaml-file';
import { positionOf } from '../source/parse-yaml';
import { checkLedger, type LedgerIssue } from './ledger';

/** The missing issues declared by the configs of `issues`, one entry per publication among the
 *  issues under that config (a config without publication.name serves the names its issues carry). */
export function declaredMissing(issues: readonly LedgerIssue[]): LedgerIssue[] {
  const namesByConfig = new Map<string, Set<string>>();
  for (const i of issues) {
    if (i.declared) continue;
    const config = findConfig(i.file);
    if (!config) continue;
    const names = namesByConfig.get(config) ?? new Set<string>();
    namesByConfig.set(config, names.add(i.publication.name));
  }
  const out: LedgerIssue[] = [];
  for (const [config, names] of namesByConfig) {
    const loaded = loadYamlFile(path.relative(process.cwd(), config) || config, ConfigFile);
    const missing = loaded.data?.issues?.missing ?? [];
    const yaml = loaded.yaml;
    if (!yaml || missing.length === 0) continue;
    const own = loaded.data?.publication?.name;
    for (const name of own ? [own] : names) {
      missing.forEach(({ number, total, date }, k) => {
        const locate = (at: ReadonlyArray<string | number>) => positionOf(yaml, ['issues', 'missing', k, ...at.slice(1)]);
        out.push({ file: yaml.file, issue: { number, total, date }, publication: { name }, locate, declared: true });
      });
    }
  }
  return out;
}

/** The ledger of `issues` with the missing issues their configs declare in the chain. */
export function checkLedgerWithMissing(issues: readonly LedgerIssue[]) {
  return checkLedger([...issues, ...declaredMissing(issues)]);
}
