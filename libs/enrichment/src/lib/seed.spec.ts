import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichText } from '../index';

interface GoldBody {
  name: string;
  country: string;
  type: string;
  surfaces: string[];
}
interface GoldStance {
  actor: string;
  polarity: string;
  evidence: string;
}

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const text = fixture('seed-article.txt');
const gold = JSON.parse(fixture('seed-article.gold.json')) as { bodies: GoldBody[]; stances: GoldStance[] };
const result = enrichText(text);

describe('seed article', () => {
  it.each(gold.bodies.map((b) => [b.name, b] as const))('finds %s with its country, kind and surfaces', (_, g) => {
    const body = result.bodies.find((b) => b.name === g.name);
    expect(body).toMatchObject({ country: g.country, kind: g.type });
    const surfaces = new Set(body?.mentions.map((m) => m.surface));
    for (const s of g.surfaces) expect(surfaces).toContain(s);
  });

  it('tags no body outside the gold annotation', () => {
    expect(result.bodies.map((b) => b.name).sort()).toEqual(gold.bodies.map((b) => b.name).sort());
  });

  it.each(gold.stances.map((s) => [s.actor, s.polarity, s] as const))('finds the stance of %s (%s) on its evidence', (_, __, g) => {
    const found = result.stances.filter((s) => s.actor === g.actor && s.polarity === g.polarity && s.actorType === 'government_body');
    const overlapping = found.filter((s) => s.evidence.text.includes(g.evidence) || g.evidence.includes(s.evidence.text));
    expect(overlapping.map((s) => s.evidence.text)).not.toEqual([]);
  });

  it('reports non-government actors separately', () => {
    const others = result.stances.filter((s) => s.actorType === 'non_government');
    expect(others.map((s) => [s.actor, s.polarity])).toEqual(
      expect.arrayContaining([
        ['Republican lawmakers', 'oppose'],
        ['Florida State Senators Rick Scott and Marco Rubio', 'oppose'],
      ]),
    );
  });
});
