// Measures the archive's write path on the local stack's FerretDB: N enriched articles written in
// batches (first time: inserts), then the same events again (a replay: nothing changes), then newer
// events with new text (updates). Reports CPU seconds of this process and wall time per phase.
// Usage: npx tsx --tsconfig tsconfig.base.json tools/bench/archive.ts [articles=2000] [batch=200]
import { randomUUID } from 'node:crypto';
import { ArticleFields, ArticleRepository, UpsertOutcome, articleSchema, toArticleFields } from '@newsflow/archive-store';
import { EnrichedArticle, articleIdFor, exampleEnrichedArticle } from '@newsflow/contracts';
import { runOnScratchDatabase } from './scratch-database';

function article(index: number, occurredAt: string, text: string): ArticleFields {
  const url = `https://bench.example/${index}`;
  const event: EnrichedArticle = {
    ...exampleEnrichedArticle,
    eventId: randomUUID(),
    occurredAt,
    articleId: articleIdFor(url),
    provenance: { sourceUrl: url },
    article: { ...exampleEnrichedArticle.article, text: `${text} ${index}. ${exampleEnrichedArticle.article.text.repeat(10)}` },
  };
  return toArticleFields(event);
}

async function phase(name: string, repository: ArticleRepository, articles: ArticleFields[], batch: number) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const outcomes = new Map<UpsertOutcome, number>();
  for (let start = 0; start < articles.length; start += batch) {
    for (const outcome of await repository.upsertMany(articles.slice(start, start + batch))) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`${name}: ${articles.length} articles in ${seconds.toFixed(2)} s wall (${(articles.length / seconds).toFixed(0)}/s), ${cpuSeconds.toFixed(2)} s CPU here; ${JSON.stringify(Object.fromEntries(outcomes))}`);
  return { seconds, cpuSeconds };
}

const [count = 2000, batch = 200] = process.argv.slice(2).map(Number);

runOnScratchDatabase('archive', async (connection) => {
  const repository = new ArticleRepository(connection.model('Article', articleSchema));
  await repository.ensureIndexes();
  const first = Array.from({ length: count }, (_, index) => article(index, '2026-03-01T00:00:00Z', 'First'));
  const insert = await phase('insert', repository, first, batch);
  const replay = await phase('replay', repository, first, batch);
  const newer = Array.from({ length: count }, (_, index) => article(index, '2026-03-02T00:00:00Z', 'Second'));
  const update = await phase('update', repository, newer, batch);
  const perSecond = (result: { seconds: number }) => (count / result.seconds).toFixed(0);
  console.log(`RESULT insert_per_s=${perSecond(insert)} replay_per_s=${perSecond(replay)} update_per_s=${perSecond(update)} batch=${batch}`);
});
