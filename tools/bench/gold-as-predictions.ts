// Writes a folder of annotations (`<id>.json`, the format of shared/bench/enrichment/GUIDELINES.md) as
// one predictions file for shared/bench/enrichment/score.mjs, so that two annotations of the same
// articles can be scored against each other. Usage: npx tsx tools/bench/gold-as-predictions.ts <dir> <out.json>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: gold-as-predictions.ts <annotation dir> <out.json>');
const annotations = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string });
writeFileSync(out, JSON.stringify(Object.fromEntries(annotations.map((a) => [a.id, a]))));
console.log(`RESULT annotations=${annotations.length}`);
