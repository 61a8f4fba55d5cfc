import { IndexDefinition, Schema } from 'mongoose';
import { ARTICLE_ORDER } from '@newsflow/archive-query';
import { ArticleDocument } from './article-document';

export const ARTICLE_COLLECTION = 'articles';

/** Nested values are stored as given: the contracts library already validated them. */
export const articleSchema = new Schema<ArticleDocument>(
  {
    articleId: { type: String, required: true, unique: true },
    version: { type: Number, required: true },
    contentHash: { type: String, required: true },
    title: String,
    text: String,
    authors: [String],
    publishedAt: Date,
    articleDate: { type: Date, required: true },
    language: String,
    canonicalUrl: String,
    siteName: String,
    sourceUrl: { type: String, required: true },
    sourceSite: String,
    aggregatorUrl: String,
    feedUrl: String,
    storyId: String,
    bodies: [Schema.Types.Mixed],
    stances: [Schema.Types.Mixed],
    gazetteerVersion: String,
    bodyNames: [String],
    countries: [String],
    bodyKinds: [String],
    stanceKeys: [String],
    bodyMentions: [Schema.Types.Mixed],
    keywords: [String],
    correlationId: String,
    eventId: String,
    eventOccurredAt: Date,
    fetchedAt: Date,
    storedAt: Date,
  },
  { collection: ARTICLE_COLLECTION, versionKey: false, strict: true, autoIndex: false },
);

/**
 * One index per query of the query API: each filter field, then the listing order, so a filtered
 * page is an index range scan on MongoDB. (FerretDB 1.x builds them but filters without them.)
 */
const BY_ORDER = ARTICLE_ORDER as IndexDefinition;
articleSchema.index(BY_ORDER);
for (const field of ['bodyNames', 'countries', 'bodyKinds', 'stanceKeys', 'stances.actor', 'stances.polarity', 'sourceSite', 'storyId']) {
  articleSchema.index({ [field]: 1, ...BY_ORDER });
}
articleSchema.index({ keywords: 1 });
/** The console's latest-stored list and its stored-in-the-last-hour count. */
articleSchema.index({ storedAt: -1 });
