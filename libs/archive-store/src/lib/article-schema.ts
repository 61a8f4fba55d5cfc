import { Schema } from 'mongoose';
import { ArticleDocument } from './article-document';

export const ARTICLE_COLLECTION = 'articles';

/** Nested values are stored as given: the contracts library already validated them. */
export const articleSchema = new Schema<ArticleDocument>(
  {
    articleId: { type: String, required: true, unique: true },
    version: { type: Number, required: true },
    title: String,
    text: String,
    authors: [String],
    publishedAt: Date,
    language: String,
    canonicalUrl: String,
    siteName: String,
    sourceUrl: { type: String, required: true },
    sourceSite: { type: String, index: true },
    aggregatorUrl: String,
    feedUrl: String,
    bodies: [Schema.Types.Mixed],
    bodyNames: { type: [String], index: true },
    countries: { type: [String], index: true },
    stances: [Schema.Types.Mixed],
    gazetteerVersion: String,
    correlationId: String,
    eventOccurredAt: Date,
    fetchedAt: Date,
    storedAt: { type: Date, index: true },
  },
  { collection: ARTICLE_COLLECTION, versionKey: false, strict: true },
);
