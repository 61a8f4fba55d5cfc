import { MongoClient } from 'mongodb';
(async () => {
  const c = await new MongoClient('mongodb://127.0.0.1:27418/faults_6a0d6658', { serverSelectionTimeoutMS: 3000 }).connect();
  const db = c.db();
  for (const name of ['articles', 'stories', 'story_articles', 'story_bands', 'story_contents']) {
    const t = Date.now();
    try { const n = await db.collection(name).find({}, { maxTimeMS: 5000 }).limit(1).toArray(); console.log(name, 'find ok', n.length, Date.now() - t, 'ms'); } catch (e) { console.log(name, 'find ERR', (e as Error).message, Date.now() - t); }
    const t2 = Date.now();
    try { const n = await db.collection(name).estimatedDocumentCount({ maxTimeMS: 5000 }); console.log(name, 'count', n, Date.now() - t2, 'ms'); } catch (e) { console.log(name, 'count ERR', (e as Error).message); }
  }
  await c.close();
})().catch((e) => { console.error('ERR', e.message); process.exit(1); });
