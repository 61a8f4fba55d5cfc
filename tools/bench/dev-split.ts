import { createHash } from 'node:crypto';

// The two fixed halves of the dev gold: "tune" (rules and models may learn from it) and "held-out"
// (the proxy for unseen articles). An article's half is decided by a hash of its id, so anyone gets
// the same split.

const SALT = 'newsflow-enrichment-split-v1';

export type Half = 'tune' | 'held-out';

/** Half of an article: the low bit of the first byte of sha256(salt + id). */
export function halfOf(id: string): Half {
  return createHash('sha256').update(SALT + id).digest()[0] % 2 === 0 ? 'tune' : 'held-out';
}
