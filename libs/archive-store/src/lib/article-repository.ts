import { Model, mongo } from 'mongoose';
import { ArticleDocument, ArticleFields } from './article-document';

export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';

const DUPLICATE_KEY = 11000;

/** The archive's only write path: one document per article, newest event wins, replays change nothing. */
export class ArticleRepository {
  constructor(
    private readonly model: Model<ArticleDocument>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Matches the article only while the stored version is older than the event, so a replayed or
   * out-of-date event finds no match, tries to insert, and hits the unique articleId index instead.
   */
  async upsert(fields: ArticleFields): Promise<UpsertOutcome> {
    try {
      const result = await this.model.updateOne(
        { articleId: fields.articleId, eventOccurredAt: { $lt: fields.eventOccurredAt } },
        { $set: { ...fields, storedAt: this.clock() }, $inc: { version: 1 } },
        { upsert: true },
      );
      return result.upsertedCount > 0 ? 'inserted' : 'updated';
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) return 'unchanged';
      throw error;
    }
  }

  findByArticleId(articleId: string): Promise<ArticleDocument | null> {
    return this.model.findOne({ articleId }, { _id: 0 }).lean<ArticleDocument>().exec();
  }
}
