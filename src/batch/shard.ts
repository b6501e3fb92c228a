// --shard K/N: which issues this run builds. An issue's share comes from a hash of its relative
// path alone, so adding or removing an issue never moves any other issue to another share, and
// every machine of a CI matrix agrees without talking to the others.
import crypto from 'node:crypto';

export interface Shard {
  k: number;
  n: number;
}

/** "2/4" → {k: 2, n: 4}; null when malformed or out of range. */
export function parseShard(text: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return n >= 1 && k >= 1 && k <= n ? { k, n } : null;
}

/** 1-based share of a relative path ("2022/2022-04"), uniform over 1…n. */
export function shardOf(relative: string, n: number): number {
  const head = crypto.createHash('sha256').update(relative).digest().readUInt32BE(0);
  return (head % n) + 1;
}

export function inShard(relative: string, shard: Shard | null): boolean {
  return !shard || shardOf(relative, shard.n) === shard.k;
}
