// Measures story assignment on the local stack's MongoDB-compatible server as the store grows:
// `count` articles, every tenth a lightly edited copy of an earlier one, the rest distinct texts of
// 300 words drawn from the extraction ground truth's vocabulary. Prints assignments per second for
// each block of `block` articles, so the cost of a growing store shows.
// Usage: npm run bench:story-store [-- <count=2000> <block=250>]
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mongoose from 'mongoose';
import { articleIdFor } from '../../libs/contracts/src';
import { StoryRepository, storyModelsOn } from '../../libs/story-store/src';

const MONGO = process.env['MONGO_URI_BASE'] ?? 'mongodb://127.0.0.1:27017';
const GROUND_TRUTH = '../shared/bench/extraction/ground-truth.json';

/** Deterministic PRNG (mulberry32): every run writes the same texts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(): string[] {
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
  return [...new Set(Object.values(truth).flatMap((page) => page.articleBody.split(/\s+/)).filter((word) => /^[a-z]{3,}$/i.test(word)))];
}

function texts(count: number): string[] {
  const words = vocabulary();
  const next = random(7);
  const pick = () => words[Math.floor(next() * words.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 9) out.push(out[Math.floor(next() * i)].replace(/\b\w+\b/, 'Edited'));
    else out.push(Array.from({ length: 300 }, pick).join(' '));
  }
  return out;
}

async function main(): Promise<void> {
  const [count = 2000, block = 250] = process.argv.slice(2).map(Number);
  const connection = await mongoose.createConnection(`${MONGO}/bench_stories_${randomUUID().slice(0, 8)}`).asPromise();
  try {
    const models = storyModelsOn(connection);
    await Promise.all(Object.values(models).map((model) => model.createIndexes()));
    const stories = new StoryRepository(models);
    const all = texts(count);
    const rates: number[] = [];
    for (let start = 0; start < count; start += block) {
      const started = performance.now();
      for (let i = start; i < Math.min(count, start + block); i++) await stories.assign(articleIdFor(`https://bench.example/${i}`), all[i]);
      const rate = (Math.min(block, count - start) * 1000) / (performance.now() - started);
      rates.push(rate);
      console.log(`articles ${start + 1}-${Math.min(count, start + block)}: ${rate.toFixed(1)} assignments/s`);
    }
    const storyCount = await models.stories.countDocuments();
    console.log(`RESULT articles=${count} stories=${storyCount} first_block_per_s=${rates[0].toFixed(1)} last_block_per_s=${rates[rates.length - 1].toFixed(1)}`);
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
