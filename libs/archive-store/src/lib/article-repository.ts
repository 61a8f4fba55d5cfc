import { AnyBulkWriteOperation, Model } from 'mongoose';
import { ArticleDocument, ArticleFields, queryFieldsOf } from './article-document';

/**
 * inserted: first version; updated: a newer event with different content (version + 1);
 * unchanged: a replay, an older event, or a newer one with the same content;
 * superseded: a newer event for the same article came in the same batch and was written instead.
 */
export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged' | 'superseded';

type StoredState = Pick<ArticleDocument, 'articleId' | 'contentHash' | 'eventOccurredAt'>;

/** A write raced with another writer; retrying the batch re-reads the stored state. */
export class ConcurrentWriteError extends Error {}

/** The archive's only write path: one document per article, newest event wins, replays change nothing. */
export class ArticleRepository {
  constructor(
    private readonly model: Model<ArticleDocument>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Builds the indexes of the query API (idempotent). */
  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  /**
   * Brings documents stored before the query fields existed up to date: derives them from the
   * stored article. Their content hash stays unknown (empty), so the next event for each rewrites it once.
   * Returns how many were upgraded.
   */
  async upgradeLegacyDocuments(): Promise<number> {
    const legacy = await this.model.find({ contentHash: { $exists: false } }, { _id: 0 }).lean<ArticleDocument[]>().exec();
    const writes = legacy.map((document): AnyBulkWriteOperation<ArticleDocument> => {
      const articleDate = document.publishedAt ?? document.fetchedAt;
      const update = { ...queryFieldsOf({ ...document, articleDate }), articleDate, contentHash: '', eventId: '' };
      return { updateOne: { filter: { articleId: document.articleId, contentHash: { $exists: false } }, update: { $set: update } } };
    });
    if (writes.length > 0) await this.model.bulkWrite(writes, { ordered: true });
    return writes.length;
  }

  async upsert(fields: ArticleFields): Promise<UpsertOutcome> {
    const [outcome] = await this.upsertMany([fields]);
    return outcome;
  }

  /**
   * One read of the stored state and one bulk write for the whole batch. Every update is conditional
   * on the state read, and the articleId index is unique, so a concurrent writer makes the batch fail
   * (and be retried) instead of losing a version.
   */
  async upsertMany(batch: ArticleFields[]): Promise<UpsertOutcome[]> {
    const newest = newestPerArticle(batch);
    const stored = await this.storedStates([...newest.keys()]);
    const storedAt = this.clock();
    const outcomes = new Map<ArticleFields, UpsertOutcome>();
    const writes: AnyBulkWriteOperation<ArticleDocument>[] = [];
    for (const fields of newest.values()) {
      const current = stored.get(fields.articleId);
      const write = writeFor(fields, current, storedAt);
      outcomes.set(fields, write.outcome);
      if (write.operation) writes.push(write.operation);
    }
    await this.bulkWrite(writes);
    return batch.map((fields) => outcomes.get(fields) ?? 'superseded');
  }

  findByArticleId(articleId: string): Promise<ArticleDocument | null> {
    return this.model.findOne({ articleId }, { _id: 0 }).lean<ArticleDocument>().exec();
  }

  private async storedStates(articleIds: string[]): Promise<Map<string, StoredState>> {
    const states = await this.model
      .find({ articleId: { $in: articleIds } }, { _id: 0, articleId: 1, contentHash: 1, eventOccurredAt: 1 })
      .lean<StoredState[]>()
      .exec();
    return new Map(states.map((state) => [state.articleId, state]));
  }

  private async bulkWrite(writes: AnyBulkWriteOperation<ArticleDocument>[]): Promise<void> {
    if (writes.length === 0) return;
    const expectedMatches = writes.filter((write) => 'updateOne' in write).length;
    const result = await this.model.bulkWrite(writes, { ordered: true });
    if (result.matchedCount !== expectedMatches) {
      throw new ConcurrentWriteError(`${expectedMatches - result.matchedCount} article(s) changed while the batch was written`);
    }
  }
}

/** The latest event of each article in the batch; on equal times the later record wins, as Kafka ordered them. */
function newestPerArticle(batch: ArticleFields[]): Map<string, ArticleFields> {
  const newest = new Map<string, ArticleFields>();
  for (const fields of batch) {
    const seen = newest.get(fields.articleId);
    if (!seen || fields.eventOccurredAt >= seen.eventOccurredAt) newest.set(fields.articleId, fields);
  }
  return newest;
}

interface PlannedWrite {
  outcome: UpsertOutcome;
  operation?: AnyBulkWriteOperation<ArticleDocument>;
}

function writeFor(fields: ArticleFields, current: StoredState | undefined, storedAt: Date): PlannedWrite {
  if (!current) return { outcome: 'inserted', operation: { insertOne: { document: { ...fields, version: 1, storedAt } } } };
  if (fields.eventOccurredAt <= current.eventOccurredAt) return { outcome: 'unchanged' };
  const unchangedSinceRead = {
    articleId: fields.articleId,
    contentHash: current.contentHash,
    eventOccurredAt: current.eventOccurredAt,
  };
  if (fields.contentHash === current.contentHash) {
    // Same content seen again later: only the event time moves on, so an older, different version
    // arriving late cannot overwrite it.
    const update = { $set: { eventOccurredAt: fields.eventOccurredAt } };
    return { outcome: 'unchanged', operation: { updateOne: { filter: unchangedSinceRead, update } } };
  }
  const update = { $set: { ...fields, storedAt }, $inc: { version: 1 } };
  return { outcome: 'updated', operation: { updateOne: { filter: unchangedSinceRead, update } } };
}
