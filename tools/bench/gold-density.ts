/**
 * How densely each gold directory annotates stances: a set whose annotators give a body one side
 * where others give it two scores any model's precision lower, so figures of different sets compare
 * only beside this. Prints one line per directory.
 * Usage: npm run bench:gold-density [-- <gold dir>...]  (default: the dev gold and every set of
 * libs/enrichment/test-data)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DEV_GOLD = '../shared/bench/enrichment/gold';
const TEST_DATA = 'libs/enrichment/test-data';

interface Gold {
  bodies: unknown[];
  stances: { actor: string; polarity: string }[];
}

function density(dir: string): string {
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
  let bodies = 0;
  let pairs = 0;
  let taking = 0;
  let twoSided = 0;
  for (const g of golds) {
    const sides = new Map<string, Set<string>>();
    for (const s of g.stances) sides.set(s.actor, (sides.get(s.actor) ?? new Set()).add(s.polarity));
    bodies += g.bodies.length;
    taking += sides.size;
    for (const set of sides.values()) {
      pairs += set.size;
      if (set.size > 1) twoSided++;
    }
  }
  const per = (x: number, of: number) => (x / Math.max(1, of)).toFixed(2);
  return `${dir}: articles ${golds.length} | bodies/article ${per(bodies, golds.length)} | stance pairs/article ${per(pairs, golds.length)} | bodies taking a stance ${per(taking, bodies)} | of those, with more than one side ${per(twoSided, taking)}`;
}

const dirs = process.argv.slice(2);
const defaults = [DEV_GOLD, ...readdirSync(TEST_DATA, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(TEST_DATA, d.name))];
for (const dir of dirs.length > 0 ? dirs : defaults) console.log(density(dir));
