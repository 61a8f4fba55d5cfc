import { Connection, Model, Schema } from 'mongoose';

/** A story: its id and the MinHash signature of its first article, which later copies are compared with. */
export interface StoryDocument {
  _id: string;
  signature: number[];
  createdAt: Date;
  /** Set when copies started this story and another at once, and this one gave way. */
  mergedInto?: string;
}

/** One LSH band key of a story's signature. The unique _id makes creating a story a race one instance wins per band. */
export interface StoryBandDocument {
  _id: string;
  storyId: string;
}

/** The first article seen with a text: the unique _id (content hash) decides exact duplicates under concurrency. */
export interface StoryContentDocument {
  _id: string;
  articleId: string;
}

/** The story an article was assigned to, so a redelivered article keeps its story. */
export interface StoryArticleDocument {
  _id: string;
  storyId: string;
  contentHash: string;
}

const options = { versionKey: false, strict: true } as const;

export const storySchema = new Schema<StoryDocument>(
  { _id: { type: String, required: true }, signature: { type: [Number], required: true }, createdAt: { type: Date, required: true }, mergedInto: String },
  { ...options, collection: 'stories' },
);

export const storyBandSchema = new Schema<StoryBandDocument>(
  { _id: { type: String, required: true }, storyId: { type: String, required: true, index: true } },
  { ...options, collection: 'story_bands' },
);

export const storyContentSchema = new Schema<StoryContentDocument>(
  { _id: { type: String, required: true }, articleId: { type: String, required: true } },
  { ...options, collection: 'story_contents' },
);

export const storyArticleSchema = new Schema<StoryArticleDocument>(
  { _id: { type: String, required: true }, storyId: { type: String, required: true }, contentHash: { type: String, required: true } },
  { ...options, collection: 'story_articles' },
);

export interface StoryModels {
  stories: Model<StoryDocument>;
  bands: Model<StoryBandDocument>;
  contents: Model<StoryContentDocument>;
  articles: Model<StoryArticleDocument>;
}

/** The story collections' models on a connection. */
export function storyModelsOn(connection: Connection): StoryModels {
  return {
    stories: connection.model('stories', storySchema),
    bands: connection.model('story_bands', storyBandSchema),
    contents: connection.model('story_contents', storyContentSchema),
    articles: connection.model('story_articles', storyArticleSchema),
  };
}
