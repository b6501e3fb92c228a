// The secret in the preview's address: other users of this machine can reach 127.0.0.1 too, but
// cannot guess 24 random bytes.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares in constant time, so the answer's timing does not reveal how much of a guess was right. */
export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
