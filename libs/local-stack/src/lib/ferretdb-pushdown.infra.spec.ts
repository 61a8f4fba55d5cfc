// Against the local stack's FerretDB (NEWSFLOW_MONGO_PORT, default 27017), built with ferretdb/pushdown.patch.
import { randomUUID } from 'node:crypto';
import { Collection, Document, Filter, MongoClient, ObjectId } from 'mongodb';
import { mongoUri, stackSettings } from './settings';

const objectId = new ObjectId('0123456789abcdef01234567');
const edgeCases: Document[] = [
  { _id: 'array', k: ['x', 'y'], a: 'a1', b: ['b1', 'z'] },
  { _id: 'string', k: 'x' },
  { _id: 'number', k: 5 },
  { _id: 'missing' },
  { _id: 'null', k: null },
  { _id: 'object', k: { x: 1 } },
  { _id: 'escaped', k: 'é<&>"\\\u2028' },
  { _id: 'unicode', k: 'ünï 中文 😀' },
  { _id: objectId, k: objectId },
  { _id: 'hex string', k: objectId.toHexString() },
  { _id: 'true', k: true },
  { _id: 'compound', a: 'a1', b: 'b1' },
];

// The driver types _id as an ObjectId; these filters also use strings.
const asFilter = (filter: object) => filter as Filter<Document>;
const planOf = async (collection: Collection, filter: object) => {
  const explained = await collection.find(asFilter(filter)).explain();
  return (explained['queryPlanner']['Plan'] as string[]).join('\n');
};
const idsOf = async (collection: Collection, filter: object) =>
  (await collection.find(asFilter(filter)).toArray()).map((doc) => String(doc._id)).sort();

describe('FerretDB with the pushdown patch', () => {
  const client = new MongoClient(mongoUri(stackSettings()));
  let collection: Collection;

  beforeAll(async () => {
    await client.connect();
    collection = client.db(`pushdown_${randomUUID().slice(0, 8)}`).collection('docs');
    await collection.createIndex({ k: 1 });
    await collection.createIndex({ a: 1, b: 1 });
    const filler = Array.from({ length: 500 }, (_, i) => ({ _id: `id${i}`, k: `k${i}`, a: `a${i % 10}`, b: `b${i}` }));
    await collection.insertMany([...filler, ...edgeCases] as Document[]);
  }, 60_000);

  afterAll(async () => {
    await collection.db.dropDatabase();
    await client.close();
  });

  it.each([
    ['{_id}', { _id: 'id7' }],
    ['{_id: {$in}}', { _id: { $in: ['id7', 'id9', objectId] } }],
    ['{field}', { k: 'k7' }],
    ['{field: {$in}}', { k: { $in: ['k7', 'x'] } }],
    ['{field: {$eq}}', { k: { $eq: true } }],
    ['{field1, field2}', { a: 'a7', b: 'b7' }],
  ])('searches an index for %s', async (_, filter) => {
    const plan = await planOf(collection, filter);
    expect(plan).toMatch(/SEARCH \S+ USING INDEX/);
    expect(plan).not.toMatch(/\bSCAN\b/);
  });

  it('still scans what it cannot push down (numbers, operators other than $eq and $in)', async () => {
    expect(await planOf(collection, { k: 5 })).toMatch(/\bSCAN\b/);
    expect(await planOf(collection, { k: { $gt: 'k' } })).toMatch(/\bSCAN\b/);
  });

  it.each([
    [{ k: 'x' }, ['array', 'string']],
    [{ k: { $in: ['x', 5] } }, ['array', 'number', 'string']],
    [{ k: { $in: ['y', 'k3'] } }, ['array', 'id3']],
    [{ k: 'é<&>"\\\u2028' }, ['escaped']],
    [{ k: 'ünï 中文 😀' }, ['unicode']],
    [{ k: objectId }, [objectId.toHexString()]],
    [{ k: objectId.toHexString() }, ['hex string']],
    [{ _id: objectId }, [objectId.toHexString()]],
    [{ k: true }, ['true']],
    [{ k: { $eq: 'x' } }, ['array', 'string']],
    [{ a: 'a1', b: 'b1' }, ['array', 'compound', 'id1']],
    [{ k: 'x', a: 'a1' }, ['array']],
    [{ k: 'absent' }, []],
  ])('finds for %j exactly what a scan finds', async (filter, expected) => {
    const pushedDown = await idsOf(collection, filter);
    const scanned = await idsOf(collection, { $and: [filter] }); // $and is never pushed down
    expect(pushedDown).toEqual([...expected].sort());
    expect(pushedDown).toEqual(scanned);
  });

  it('updates and deletes by _id through the index, as before', async () => {
    await collection.updateOne(asFilter({ _id: 'id42' }), { $set: { k: 'changed' } });
    expect(await idsOf(collection, { k: 'changed' })).toEqual(['id42']);
    await collection.deleteOne(asFilter({ _id: 'id42' }));
    expect(await idsOf(collection, { k: 'changed' })).toEqual([]);
  });
});
