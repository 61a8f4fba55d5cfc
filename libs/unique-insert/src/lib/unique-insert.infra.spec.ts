import { randomUUID } from 'node:crypto';
import mongoose, { Connection, Model, Schema } from 'mongoose';
import { insertEachUnlessTaken, insertUnlessTaken } from './unique-insert';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';

interface Claim {
  _id: string;
  owner: string;
}

describe('insertUnlessTaken (real MongoDB wire protocol)', () => {
  let connection: Connection;
  let claims: Model<Claim>;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URI, { dbName: `test_unique_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    claims = connection.model('claims', new Schema<Claim>({ _id: String, owner: { type: String, required: true } }, { versionKey: false }));
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('lets the first insert of a key win and tells the others it is taken', async () => {
    expect(await insertUnlessTaken(claims, { _id: 'key-1', owner: 'a' })).toBe(true);
    expect(await insertUnlessTaken(claims, { _id: 'key-1', owner: 'b' })).toBe(false);
    expect((await claims.findById('key-1').lean())?.owner).toBe('a');
  });

  it('has exactly one winner among racing inserts', async () => {
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((owner) => insertUnlessTaken(claims, { _id: 'key-2', owner })));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('rethrows every other failure', async () => {
    await expect(insertUnlessTaken(claims, { _id: 'key-3' })).rejects.toThrow(/owner/);
  });

  it('inserts many at once and says which keys were taken', async () => {
    await insertUnlessTaken(claims, { _id: 'many-b', owner: 'first' });
    const keys = ['many-a', 'many-b', 'many-c'];
    expect(await insertEachUnlessTaken(claims, keys.map((_id) => ({ _id, owner: 'batch' })))).toEqual([true, false, true]);
    expect((await claims.find({ _id: { $in: keys } }).sort({ _id: 1 }).lean()).map((claim) => claim.owner)).toEqual(['batch', 'first', 'batch']);
  });

  it('validates a batch as a single insert does, inserting none of it when one document is invalid', async () => {
    await expect(insertEachUnlessTaken(claims, [{ _id: 'valid-1', owner: 'a' }, { _id: 'invalid-1' }])).rejects.toThrow(/owner/);
    expect(await claims.findById('valid-1').lean()).toBeNull();
  });

  it('gives each key of racing batches to exactly one of them', async () => {
    const keys = Array.from({ length: 16 }, (_, i) => `race-${i}`);
    const batches = await Promise.all(['a', 'b', 'c'].map((owner) => insertEachUnlessTaken(claims, keys.map((_id) => ({ _id, owner })))));
    for (const [i] of keys.entries()) expect(batches.filter((won) => won[i])).toHaveLength(1);
  });
});
