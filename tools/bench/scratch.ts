// What the benchmark scripts share: a seeded PRNG, and a throwaway database on the local stack.
import { randomUUID } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';

const MONGO = process.env['MONGO_URI_BASE'] ?? 'mongodb://127.0.0.1:27017';

/** Deterministic PRNG (mulberry32), so that every run builds the same input. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `bench` on a new database of the local stack's server (MONGO_URI_BASE), dropped afterwards; exits 1 on failure. */
export function runOnScratchDatabase(name: string, bench: (connection: Connection) => Promise<void>): void {
  const run = async () => {
    const connection = await mongoose.createConnection(`${MONGO}/bench_${name}_${randomUUID().slice(0, 8)}`).asPromise();
    try {
      await bench(connection);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  };
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
