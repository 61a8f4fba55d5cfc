// A throwaway database on the local stack for the benchmarks that measure storage.
import { randomUUID } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';

const MONGO = process.env['MONGO_URI_BASE'] ?? 'mongodb://127.0.0.1:27017';

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
