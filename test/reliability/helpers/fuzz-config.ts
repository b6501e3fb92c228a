// How many cases the property tests run and with which seed. The default seed is fixed so CI is
// repeatable; JIANBAO_FUZZ_SEED picks another (or "random"), JIANBAO_FUZZ_RUNS multiplies the
// case counts for a longer run, e.g. JIANBAO_FUZZ_RUNS=20 JIANBAO_FUZZ_SEED=random npm test -- test/reliability
export const DEFAULT_SEED = 20220430;

function seedFromEnv(): number {
  const raw = process.env.JIANBAO_FUZZ_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  return raw && /^-?\d+$/.test(raw) ? Number(raw) : DEFAULT_SEED;
}

export const FUZZ_SEED = seedFromEnv();
const SCALE = Math.max(1, Number(process.env.JIANBAO_FUZZ_RUNS) || 1);

/** The case count for a property: its CI default times the scale from the environment. */
export function runs(ciDefault: number): number {
  return Math.round(ciDefault * SCALE);
}

/** Per-case time bound: a case slower than this is a failure (a hang in the making). */
export const CASE_MS = 20_000;

export function announce(name: string, numRuns: number): void {
  console.log(`property "${name}": ${numRuns} cases, seed ${FUZZ_SEED} (rerun: JIANBAO_FUZZ_SEED=${FUZZ_SEED})`);
}
