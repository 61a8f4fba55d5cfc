import { Kafka, logLevel } from 'kafkajs';
(async () => {
  const kafka = new Kafka({ brokers: ['127.0.0.1:19492'], logLevel: logLevel.NOTHING });
  const read = async (topic: string, partition?: number, from = 0) => {
    const admin = kafka.admin(); await admin.connect(); const ends = await admin.fetchTopicOffsets(topic); await admin.disconnect();
    const want = new Map(ends.map((e) => [e.partition, Number(e.high)]));
    const out: { partition: number; offset: string; key: string; cid?: string }[] = [];
    const consumer = kafka.consumer({ groupId: `dbg-${Date.now()}-${Math.random()}` });
    await consumer.connect(); await consumer.subscribe({ topic, fromBeginning: true });
    let done = 0; const total = [...want.values()].reduce((a, b) => a + b, 0);
    await new Promise<void>((resolve) => { consumer.run({ eachMessage: async ({ partition: p, message }) => { done++; if (want.has(p) && Number(message.offset) >= (partition === p ? from : 0)) out.push({ partition: p, offset: message.offset, key: String(message.key), cid: message.headers?.['x-correlation-id']?.toString() }); if (done >= total) resolve(); } }); });
    await consumer.disconnect(); return out;
  };
  const raw = await read('newsflow.pages.raw.v1');
  const clean = new Set((await read('newsflow.articles.clean.v1')).map((r) => r.key));
  for (const r of raw) if (!clean.has(r.key)) console.log('missing', r);
  console.log('raw p0 from 6:', raw.length, 'clean total', clean.size);
  process.exit(0);
})();
