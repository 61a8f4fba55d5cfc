import { articleIdFor } from './article-id';
import { CrawlRequest } from './events/crawl-request';
import { RawPage } from './events/raw-page';
import { CleanArticle } from './events/clean-article';
import { EnrichedArticle } from './events/enriched-article';
import { DeadLetter } from './events/dead-letter';

/**
 * One example value per event type, following one article through the pipeline. They appear in the
 * AsyncAPI document, are checked against the schemas by the tests, and are a starting point for
 * consumers' own tests.
 */
const FEED_URL = 'https://aggregator.example/feed/';
const ITEM_URL = 'https://aggregator.example/2026/03/coast-guard-returns-migrants/';
const SOURCE_URL = 'https://publisher.example/world/coast-guard-returns-migrants';
const ARTICLE_ID = articleIdFor(SOURCE_URL);
const CORRELATION_ID = '7d0c1f4e-3b7a-4a53-9a43-5d1f0b6f2a10';

const envelope = (eventId: string, producer: string, occurredAt: string) => ({
  eventId,
  schemaVersion: '1.0',
  occurredAt,
  correlationId: CORRELATION_ID,
  producer,
});

const provenance = { sourceUrl: SOURCE_URL, aggregatorUrl: ITEM_URL, feedUrl: FEED_URL };

export const exampleCrawlRequest: CrawlRequest = {
  ...envelope('0b9f7c52-8a51-4c5e-9f0e-2f3b8f0d7a01', 'crawler', '2026-03-02T10:00:00.000Z'),
  url: ITEM_URL,
  followSource: true,
  origin: 'feed',
  feedUrl: FEED_URL,
};

export const exampleRawPage: RawPage = {
  ...envelope('1c2a8d63-9b62-4d6f-8a1f-3a4c9a1e8b02', 'crawler', '2026-03-02T10:00:02.000Z'),
  articleId: ARTICLE_ID,
  provenance,
  fetchedAt: '2026-03-02T10:00:01.500Z',
  httpStatus: 200,
  contentType: 'text/html; charset=utf-8',
  html: '<html><head><title>Coast Guard returns migrants to Cuba</title></head><body><article><p>…</p></article></body></html>',
};

export const exampleCleanArticle: CleanArticle = {
  ...envelope('2d3b9e74-ac73-4e70-9b2a-4b5daa2f9c03', 'cleaner', '2026-03-02T10:00:03.000Z'),
  articleId: ARTICLE_ID,
  provenance,
  fetchedAt: '2026-03-02T10:00:01.500Z',
  article: {
    title: 'Coast Guard returns migrants to Cuba',
    text: 'The United States Coast Guard returned 31 migrants to Cuba on Monday.\n\nCuba’s Ministry of the Interior said it opposed the voyages.',
    authors: ['Ana Pérez'],
    publishedAt: '2026-03-02T08:30:00.000Z',
    language: 'en',
    canonicalUrl: SOURCE_URL,
    siteName: 'Publisher Example',
  },
  storyId: '6f1c2a9e-5b7d-4c3e-8a21-0d9b7e4f3c12',
  textHash: 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c',
};

export const exampleEnrichedArticle: EnrichedArticle = {
  ...exampleCleanArticle,
  ...envelope('3e4caf85-bd84-4f81-8c3b-5c6ebb3aad04', 'enricher', '2026-03-02T10:00:04.000Z'),
  enrichment: {
    bodies: [
      {
        name: 'United States Coast Guard',
        country: 'US',
        kind: 'military',
        mentions: [{ surface: 'United States Coast Guard', start: 4, end: 29 }],
      },
      {
        name: 'Ministry of the Interior of Cuba',
        country: 'CU',
        kind: 'law_enforcement',
        mentions: [{ surface: 'Ministry of the Interior', start: 78, end: 102 }],
      },
    ],
    stances: [
      {
        actor: 'Ministry of the Interior of Cuba',
        actorType: 'government_body',
        polarity: 'oppose',
        target: 'the voyages',
        evidence: { text: 'said it opposed the voyages', start: 103, end: 130 },
        confidence: 0.8,
      },
    ],
    gazetteerVersion: '2026.03',
    enrichedAt: '2026-03-02T10:00:04.000Z',
  },
};

export const exampleDeadLetter: DeadLetter = {
  ...envelope('4f5db096-ce95-4092-9d4c-6d7fcc4bbe05', 'cleaner', '2026-03-02T10:00:05.000Z'),
  stage: 'cleaner',
  errorClass: 'bad_data',
  reason: 'value is not JSON: Unexpected end of JSON input',
  source: { topic: 'newsflow.pages.raw.v1', partition: 3, offset: '1289', key: ARTICLE_ID },
  payload: '{"articleId": "trunc',
  payloadTruncated: false,
};
