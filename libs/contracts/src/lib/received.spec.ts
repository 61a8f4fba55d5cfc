import { z } from 'zod';
import { exampleCrawlRequest, exampleDeadLetter, exampleEnrichedArticle } from './examples';
import { topicJsonSchema } from './json-schema';
import { ENUM_VALUE_PATTERN, receivingSchema } from './received';
import { parseEvent, parseOutgoingEvent } from './registry';
import { TOPIC_SPECS, Topics } from './topics';

/** Every enum of a JSON Schema, with its path. */
function enumsOf(node: unknown, path = '$'): [string, unknown[]][] {
  if (!node || typeof node !== 'object') return [];
  const own: [string, unknown[]][] = Array.isArray((node as { enum?: unknown }).enum) ? [[path, (node as { enum: unknown[] }).enum]] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => enumsOf(child, `${path}.${key}`))];
}

/** A record of a newer minor version: one of its enums carries a value this version does not know. */
const enriched = structuredClone(exampleEnrichedArticle) as unknown as {
  enrichment: { bodies: { kind: string }[]; stances: { polarity: string; actorType: string }[] };
};
enriched.enrichment.bodies[0].kind = 'supreme_audit_institution';
enriched.enrichment.stances[0].polarity = 'conditional_support';
enriched.enrichment.stances[0].actorType = 'political_party';

describe('an old consumer reading a newer producer’s record', () => {
  it('accepts enum values it does not know and keeps them verbatim', () => {
    const received = parseEvent(Topics.enrichedArticles, JSON.stringify(enriched));
    expect(received).toEqual({ ok: true, event: enriched });
  });

  it.each([
    ['crawl request origin', Topics.crawlRequests, { ...exampleCrawlRequest, origin: 'webhook' }],
    ['dead letter class', Topics.cleanerDeadLetters, { ...exampleDeadLetter, errorClass: 'quota' }],
    ['dead letter stage', Topics.cleanerDeadLetters, { ...exampleDeadLetter, stage: 'translator' }],
  ])('accepts an unknown %s', (_name, topic, event) => {
    expect(parseEvent(topic, event)).toEqual({ ok: true, event });
  });

  it('still rejects what is not an enum value at all, and every other violation', () => {
    expect(parseEvent(Topics.crawlRequests, { ...exampleCrawlRequest, origin: 'Not A Value' }).ok).toBe(false);
    expect(parseEvent(Topics.crawlRequests, { ...exampleCrawlRequest, origin: 42 }).ok).toBe(false);
    expect(parseEvent(Topics.crawlRequests, { ...exampleCrawlRequest, origin: 'x'.repeat(65) }).ok).toBe(false);
    expect(parseEvent(Topics.crawlRequests, { ...exampleCrawlRequest, url: 'ftp://e.com/' }).ok).toBe(false);
  });
});

describe('a producer publishing', () => {
  it('may only emit values its contract version knows', () => {
    const refused = parseOutgoingEvent(Topics.enrichedArticles, enriched);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/kind/);
    expect(parseOutgoingEvent(Topics.cleanerDeadLetters, { ...exampleDeadLetter, errorClass: 'quota' }).ok).toBe(false);
    expect(parseOutgoingEvent(Topics.enrichedArticles, exampleEnrichedArticle)).toEqual({ ok: true, event: exampleEnrichedArticle });
  });
});

describe('receivingSchema', () => {
  it.each(TOPIC_SPECS.map((spec) => spec.name))('%s: every enum value has the shape unknown values are held to', (topic) => {
    for (const [, values] of enumsOf(topicJsonSchema(topic))) {
      for (const value of values) expect(String(value)).toMatch(ENUM_VALUE_PATTERN);
    }
  });

  it('reaches enums inside optional fields and arrays, and leaves other checks alone', () => {
    const schema = receivingSchema(z.object({ tags: z.array(z.object({ level: z.enum(['low', 'high']).optional() })), n: z.number().min(1) }));
    expect(schema.safeParse({ tags: [{ level: 'extreme' }, {}], n: 1 }).success).toBe(true);
    expect(schema.safeParse({ tags: [{ level: 'extreme' }], n: 0 }).success).toBe(false);
  });

  it('refuses a schema kind it cannot make tolerant rather than leaving an enum strict', () => {
    expect(() => receivingSchema(z.object({ either: z.union([z.enum(['a']), z.number()]) }))).toThrow(/union/);
  });
});
