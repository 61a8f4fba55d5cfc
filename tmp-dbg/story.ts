import { MongoClient } from 'mongodb';
(async () => {
  const c = await new MongoClient('mongodb://127.0.0.1:27418/faults_6a0d6658').connect();
  const db = c.db();
  console.log((await db.listCollections().toArray()).map((x) => x.name));
  const id = '5829b468d940d793af7ba38e5f92262920fe03f7827dd47f8d9a02920bb2519c';
  for (const name of (await db.listCollections().toArray()).map((x) => x.name)) {
    const n = await db.collection(name).countDocuments({ $or: [{ _id: id as never }, { articleId: id }] });
    console.log(name, n, await db.collection(name).countDocuments());
  }
  await c.close();
})().catch((e) => { console.error("ERR", e); process.exit(1); });
(async () => {
})();
