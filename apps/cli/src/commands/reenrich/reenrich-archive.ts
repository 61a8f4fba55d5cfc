import type { mongo } from 'mongoose';
import { CompressionTypes, Producer } from 'kafkajs';
import { ArticleDocument, cleanArticleOf, countStoredArticles, storedArticlePages } from '@newsflow/archive-store';
import { EnrichedArticle, TOPIC_SCHEMAS, Topics, eventHeaders, parseOutgoingEvent } from '@newsflow/contracts';
import { GAZETTEER_VERSION, enrichText } from '@newsflow/enrichment';
import { toEnrichedArticle } from '@newsflow/pipeline';
import { CheckpointFile } from './checkpoint';

export type PublishEnriched = (events: EnrichedArticle[]) => Promise<void>;

export interface ReenrichOptions {
  checkpoint: CheckpointFile;
  /** Ignore the checkpoint and start over. */
  restart?: boolean;
  /** Also re-enrich articles already at the current gazetteer version. */
  all?: boolean;
  pageSize?: number;
  /** Stops after the page in flight (its checkpoint saved). */
  signal?: AbortSignal;
  onStart?: (total: number, done: number) => void;
  onProgress?: (done: number) => void;
}

export interface ReenrichSummary {
  gazetteerVersion: string;
  /** Articles re-enriched by this run (not counting earlier runs it resumed). */
  published: number;
  /** Articles re-enriched over all runs of this gazetteer version. */
  done: number;
  completed: boolean;
}

const PRODUCER = 'enricher';

/**
 * Re-runs enrichment over the stored articles in articleId order and publishes each result as a new
 * enriched-article event, so the archiver updates the archive (newer events win). The checkpoint is
 * saved after every published page: a rerun continues after the last one.
 */
export async function reenrichArchive(
  articles: mongo.Collection<ArticleDocument>,
  publish: PublishEnriched,
  options: ReenrichOptions,
): Promise<ReenrichSummary> {
  const gazetteerVersion = GAZETTEER_VERSION;
  const saved = options.restart ? undefined : await options.checkpoint.load();
  const resumed = saved?.gazetteerVersion === gazetteerVersion ? saved : undefined;
  let done = resumed?.done ?? 0;
  if (resumed?.completed) {
    options.onStart?.(done, done);
    return { gazetteerVersion, published: 0, done, completed: true };
  }
  const query = { after: resumed?.lastArticleId, notGazetteerVersion: options.all ? undefined : gazetteerVersion };
  options.onStart?.(done + (await countStoredArticles(articles, query)), done);
  let published = 0;
  for await (const page of storedArticlePages(articles, query, options.pageSize ?? 100)) {
    const now = new Date();
    await publish(page.map((doc) => toEnrichedArticle(cleanArticleOf(doc, PRODUCER, now), enrichText, now)));
    published += page.length;
    done += page.length;
    await options.checkpoint.save({ gazetteerVersion, lastArticleId: page[page.length - 1].articleId, done, completed: false });
    options.onProgress?.(done);
    if (options.signal?.aborted) return { gazetteerVersion, published, done, completed: false };
  }
  await options.checkpoint.save({ gazetteerVersion, lastArticleId: undefined, done, completed: true });
  return { gazetteerVersion, published, done, completed: true };
}

/** Publishes enriched articles with a kafkajs producer: validated, keyed by articleId, with tracing headers. */
export function kafkaPublisher(producer: Producer, topic: string = Topics.enrichedArticles): PublishEnriched {
  const eventType = TOPIC_SCHEMAS[Topics.enrichedArticles].title;
  return async (events) => {
    const messages = events.map((event) => {
      const checked = parseOutgoingEvent(Topics.enrichedArticles, event);
      if (!checked.ok) throw new Error(`refusing to publish article ${event.articleId}: ${checked.reason}`);
      return { key: event.articleId, value: JSON.stringify(event), headers: eventHeaders(event, eventType) };
    });
    await producer.send({ topic, messages, acks: -1, compression: CompressionTypes.GZIP });
  };
}
