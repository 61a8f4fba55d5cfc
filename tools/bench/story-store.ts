// Measures story assignment on the local stack's MongoDB-compatible server as the store grows:
// `count` articles, every tenth a lightly edited copy of an earlier one, the rest distinct texts of
// 300 words drawn from the extraction ground truth's vocabulary. Prints assignments per second for
// each block of `block` articles, so the cost of a growing store shows.
// Usage: npm run bench:story-store [-- <count=2000> <block=250>]
import { readFileSync } from 'node:fs';
import { articleIdFor } from '@newsflow/contracts';
import { StoryRepository, storyModelsOn } from '@newsflow/story-store';
import { runOnScratchDatabase } from './scratch-database';
import { seededRandom } from './seeded-random';

const GROUND_TRUTH = '../shared/bench/extraction/ground-truth.json';

function vocabulary(): string[] {
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
  return [...new Set(Object.values(truth).flatMap((page) => page.articleBody.split(/\s+/)).filter((word) => /^[a-z]{3,}$/i.test(word)))];
}

function texts(count: number): string[] {
  const words = vocabulary();
  const next = seededRandom(7);
  const pick = () => words[Math.floor(next() * words.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 9) out.push(out[Math.floor(next() * i)].replace(/\b\w+\b/, 'Edited'));
    else out.push(Array.from({ length: 300 }, pick).join(' '));
  }
  return out;
}

const [count = 2000, block = 250] = process.argv.slice(2).map(Number);

runOnScratchDatabase('stories', async (connection) => {
  const models = storyModelsOn(connection);
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
  const stories = new StoryRepository(models);
  const all = texts(count);
  const rates: number[] = [];
  for (let start = 0; start < count; start += block) {
    const end = Math.min(count, start + block);
    const started = performance.now();
    for (let i = start; i < end; i++) await stories.assign(articleIdFor(`https://bench.example/${i}`), all[i]);
    rates.push(((end - start) * 1000) / (performance.now() - started));
    console.log(`articles ${start + 1}-${end}: ${rates[rates.length - 1].toFixed(1)} assignments/s`);
  }
  const storyCount = await models.stories.countDocuments();
  console.log(`RESULT articles=${count} stories=${storyCount} first_block_per_s=${rates[0].toFixed(1)} last_block_per_s=${rates[rates.length - 1].toFixed(1)}`);
});
