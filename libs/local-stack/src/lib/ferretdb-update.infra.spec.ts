// Against the local stack's FerretDB (NEWSFLOW_MONGO_PORT, default 27017), built with ferretdb/update-closes-reads.patch.
import { randomUUID } from 'node:crypto';
import { AnyBulkWriteOperation, Collection, MongoClient } from 'mongodb';
import { mongoUri, stackSettings } from './settings';

/** More statements in one `update` command than FerretDB's SQLite pool has connections (100). */
const STATEMENTS = 250;

describe('FerretDB with the update-closes-reads patch', () => {
  // Unpatched, the command below never answers: fail on the socket timeout rather than the test's.
  const client = new MongoClient(mongoUri(stackSettings()), { socketTimeoutMS: 20_000 });
  let collection: Collection<{ articleId: string; version: number }>;

  beforeAll(async () => {
    await client.connect();
    collection = client.db(`updates_${randomUUID().slice(0, 8)}`).collection('docs');
    await collection.insertMany(Array.from({ length: STATEMENTS }, (_, i) => ({ articleId: `a${i}`, version: 1 })));
  }, 60_000);

  afterAll(async () => {
    await collection.db.dropDatabase();
    await client.close();
  });

  const bumpAll = (): AnyBulkWriteOperation<{ articleId: string; version: number }>[] =>
    Array.from({ length: STATEMENTS }, (_, i) => ({ updateOne: { filter: { articleId: `a${i}` }, update: { $inc: { version: 1 } } } }));

  it('answers an update command of more statements than the pool has connections, and again after it', async () => {
    for (const round of [1, 2]) {
      const result = await collection.bulkWrite(bumpAll(), { ordered: true });
      expect(result.modifiedCount).toBe(STATEMENTS);
      expect(await collection.countDocuments({ version: 1 + round })).toBe(STATEMENTS);
    }
  }, 90_000);
});
