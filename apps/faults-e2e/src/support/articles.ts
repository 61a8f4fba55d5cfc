import { randomBytes } from 'node:crypto';
import { CompressionTypes, IHeaders, Producer } from 'kafkajs';
import { CleanArticle, EnrichedArticle, RawPage, TopicName, articleIdFor, eventHeaders, exampleCleanArticle, exampleEnrichedArticle, newEnvelope } from '@newsflow/contracts';
import { newCrawlRequest, toRawPage } from '@newsflow/pipeline';

/** Text no other article shares (the cleaner drops exact duplicates): random words. */
export function uniqueWords(count: number): string {
  const bytes = randomBytes(count * 4);
  return Array.from({ length: count }, (_, i) => bytes.readUInt32BE(i * 4).toString(36)).join(' ');
}

/** An article page the cleaner extracts: a title and a few paragraphs of sentences. */
export function articleHtml(title: string, paragraphs = 4): string {
  const body = Array.from({ length: paragraphs }, () => `<p>The minister said ${uniqueWords(40)} on Monday.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>${title}</h1>\n${body}\n</article></body></html>`;
}

/** The raw page the crawler would publish for `url` serving `html`. */
export function rawPageOf(url: string, html: string, contentType = 'text/html; charset=utf-8'): RawPage {
  const request = newCrawlRequest({ url, followSource: false, origin: 'adhoc' });
  const page = { url, finalUrl: url, status: 200, contentType, body: html, bytes: Buffer.byteLength(html), charset: 'UTF-8', elapsedMs: 0 };
  return toRawPage(request, { page, sourceUrl: url });
}

/** `count` distinct article pages of a case, under URLs of their own. */
export function articlePages(tag: string, count: number): RawPage[] {
  return Array.from({ length: count }, (_, i) => rawPageOf(`https://faults.example/${tag}/${i}`, articleHtml(`${tag} article ${i}`)));
}

/** A clean article ready for the enricher, with text of its own (or the given text). */
export function cleanArticle(url: string, text = `The minister said ${uniqueWords(60)}.`): CleanArticle {
  return {
    ...exampleCleanArticle,
    ...newEnvelope('cleaner', exampleCleanArticle.schemaVersion),
    articleId: articleIdFor(url),
    provenance: { sourceUrl: url },
    article: { ...exampleCleanArticle.article, canonicalUrl: url, text },
  };
}

/** An enriched article ready for the archiver, with text of its own (or the given text). */
export function enrichedArticle(url: string, text?: string): EnrichedArticle {
  return {
    ...cleanArticle(url, text),
    ...newEnvelope('enricher', exampleEnrichedArticle.schemaVersion),
    enrichment: { ...exampleEnrichedArticle.enrichment, bodies: [], stances: [] },
  };
}

export interface OutgoingRecord {
  key: string;
  value: string | Buffer;
  headers?: IHeaders;
  partition?: number;
}

/** The record of an event as the services write it (key, JSON value, event headers). */
export function recordOf(key: string, event: { eventId: string; correlationId: string; schemaVersion: string }, eventType: string, partition?: number): OutgoingRecord {
  return { key, value: JSON.stringify(event), headers: eventHeaders(event, eventType), partition };
}

export const rawPageRecords = (pages: RawPage[], partition?: number) => pages.map((page) => recordOf(page.articleId, page, 'RawPage', partition));

/** Sends records in order, a few at a time, compressed and acknowledged by the broker as the services' producers do. */
export async function publish(producer: Producer, topic: TopicName, records: OutgoingRecord[], chunk = 25): Promise<void> {
  for (let i = 0; i < records.length; i += chunk) {
    await producer.send({ topic, messages: records.slice(i, i + chunk), acks: -1, compression: CompressionTypes.GZIP });
  }
}
