import { Kafka, logLevel } from 'kafkajs';
(async () => {
  const kafka = new Kafka({ brokers: ['127.0.0.1:19492'], logLevel: logLevel.NOTHING });
  const admin = kafka.admin(); await admin.connect();
  for (const [group, topic] of [['newsflow.cleaner', 'newsflow.pages.raw.v1'], ['newsflow.enricher', 'newsflow.articles.clean.v1']]) {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    for (const p of committed.partitions) { const end = ends.find((e) => e.partition === p.partition)!; if (end.high !== p.offset) console.log(group, topic, p.partition, 'committed', p.offset, 'end', end.high); }
  }
  await admin.disconnect();
})();
