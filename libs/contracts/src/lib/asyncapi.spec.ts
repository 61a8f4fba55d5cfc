import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { asyncApiDocument } from './asyncapi';
import { parseEvent } from './registry';
import { TOPIC_SPECS, Topics } from './topics';
import { exampleCleanArticle, exampleCrawlRequest, exampleDeadLetter, exampleEnrichedArticle, exampleRawPage } from './examples';

describe('AsyncAPI document', () => {
  it('is valid AsyncAPI 3 for the AsyncAPI parser, with one channel and one receive operation per topic', async () => {
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(asyncApiDocument()));
    expect(diagnostics.filter((diagnostic) => diagnostic.severity <= DiagnosticSeverity.Warning)).toEqual([]);
    expect(document?.channels().all().map((channel) => channel.address()).sort()).toEqual(TOPIC_SPECS.map((spec) => spec.name).sort());
    for (const channel of document?.channels().all() ?? []) {
      expect(channel.messages().all()).toHaveLength(1);
      expect(channel.operations().all().map((operation) => operation.action())).toEqual(['receive']);
      expect(channel.bindings().get('kafka')?.value()).toMatchObject({ partitions: expect.any(Number) });
    }
  });

  it('matches the committed asyncapi.json (regenerate with nx run contracts:schemas)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../asyncapi.json'), 'utf8'));
    expect(asyncApiDocument()).toEqual(committed);
  });

  it('shows examples that satisfy their topic contracts', () => {
    const examples = [exampleCrawlRequest, exampleRawPage, exampleCleanArticle, exampleEnrichedArticle, exampleDeadLetter];
    const topics = [Topics.crawlRequests, Topics.rawPages, Topics.cleanArticles, Topics.enrichedArticles, Topics.cleanerDeadLetters] as const;
    topics.forEach((topic, index) => expect(parseEvent(topic, examples[index])).toEqual({ ok: true, event: examples[index] }));
  });
});
