import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEAD_LETTER_TOPIC, TOPIC_SPECS, Topics } from './topics';
import { topicJsonSchema } from './json-schema';

describe('topics', () => {
  it('follow newsflow.<what>.<stage>.v<major>', () => {
    for (const name of Object.values(Topics)) expect(name).toMatch(/^newsflow\.[a-z]+\.[a-z]+\.v\d+$/);
  });

  it('have one spec each, with explicit partitions and retention', () => {
    expect(TOPIC_SPECS.map((spec) => spec.name).sort()).toEqual(Object.values(Topics).sort());
    for (const spec of TOPIC_SPECS) {
      expect(spec.partitions).toBeGreaterThan(0);
      expect(spec.retentionMs).toBeGreaterThan(0);
    }
  });

  it('give every consuming stage a dead-letter topic under newsflow.dlq.', () => {
    for (const topic of Object.values(DEAD_LETTER_TOPIC)) expect(topic.startsWith('newsflow.dlq.')).toBe(true);
  });
});

describe('published JSON Schemas', () => {
  it.each(TOPIC_SPECS.map((spec) => spec.name))('%s matches the committed file (regenerate with nx run contracts:schemas)', (name) => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../schemas', `${name}.json`), 'utf8'));
    expect(topicJsonSchema(name)).toEqual(committed);
  });
});
