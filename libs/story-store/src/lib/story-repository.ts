import { randomUUID } from 'node:crypto';
import { Model } from 'mongoose';
import { BatchedCalls } from '@newsflow/batched-calls';
import { SAME_STORY_SIMILARITY, Signature, StoryAssignment, bandKeys, contentHash, minhash, similarity } from '@newsflow/story-identity';
import { insertEachUnlessTaken, insertUnlessTaken } from '@newsflow/unique-insert';
import { StoryArticleDocument, StoryBandDocument, StoryContentDocument, StoryDocument, StoryModels } from './story-schema';

/**
 * Story identity in MongoDB: an article joins the most similar known story (MinHash similarity at
 * least the threshold, candidates found by LSH band keys) or starts one. Races are decided by
 * unique-_id inserts, as FerretDB's conditional updates are not atomic under concurrency.
 */
export class StoryRepository {
  /** Concurrent assignments (a consumed batch) look up all their band keys, then all their stories, in one query each. */
  private readonly bandLookups: BatchedCalls<string[], StoryBandDocument[]>;
  private readonly storyLookups: BatchedCalls<string[], StoryDocument[]>;

  constructor(
    private readonly models: StoryModels,
    private readonly clock: () => Date = () => new Date(),
    private readonly newStoryId: () => string | Promise<string> = randomUUID,
    private readonly threshold = SAME_STORY_SIMILARITY,
  ) {
    this.bandLookups = new BatchedCalls((keyLists) => findByIdLists(models.bands, keyLists));
    this.storyLookups = new BatchedCalls((idLists) => findByIdLists(models.stories, idLists));
  }

  async assign(articleId: string, text: string): Promise<StoryAssignment> {
    const hash = contentHash(text);
    const duplicateOf = await this.claimContent(hash, articleId);
    const known = await this.models.articles.findById(articleId).lean<StoryArticleDocument>().exec();
    const storyId = known?.storyId ?? (await this.storyOf(minhash(text)));
    return { storyId: await this.recordArticle(articleId, storyId, hash), contentHash: hash, ...(duplicateOf ? { duplicateOf } : {}) };
  }

  /** Whose text this is first: the winner of the insert keyed by the content hash. */
  private async claimContent(hash: string, articleId: string): Promise<string | undefined> {
    if (await insertUnlessTaken(this.models.contents, { _id: hash, articleId })) return undefined;
    const first = await this.models.contents.findById(hash).lean<StoryContentDocument>().exec();
    return first && first.articleId !== articleId ? first.articleId : undefined;
  }

  private async storyOf(signature: Signature): Promise<string> {
    const keys = bandKeys(signature);
    return (await this.nearest(signature, keys)) ?? (await this.createStory(signature, keys));
  }

  /** The most similar story among those sharing a band key, if it is similar enough. */
  private async nearest(signature: Signature, keys: string[]): Promise<string | undefined> {
    const [best] = (await this.similarStories(signature, keys)).sort((a, b) => b.score - a.score);
    return best && (best.story.mergedInto ?? best.story._id);
  }

  /** Stories holding one of the band keys whose signature is similar enough. */
  private async similarStories(signature: Signature, keys: string[]): Promise<{ story: StoryDocument; score: number }[]> {
    const bands = await this.bandLookups.call(keys);
    const ids = [...new Set(bands.map((band) => band.storyId))];
    if (ids.length === 0) return [];
    const stories = await this.storyLookups.call(ids);
    return stories.map((story) => ({ story, score: similarity(signature, story.signature) })).filter((match) => match.score >= this.threshold);
  }

  /**
   * Starts a story and claims its band keys. Copies of one new story arriving at once each start
   * one and race for their shared keys. A rival that beat this story to a key and either won every
   * key they share (so it never learns of this one) or has the smaller id is the one to join; the
   * merge stays on record for readers of the withdrawn story's bands.
   */
  private async createStory(signature: Signature, keys: string[]): Promise<string> {
    const id = await this.newStoryId();
    await this.models.stories.create({ _id: id, signature: [...signature], createdAt: this.clock() });
    const won = await insertEachUnlessTaken(this.models.bands, keys.map((key) => ({ _id: key, storyId: id })));
    const wonKeys = new Set(keys.filter((_, i) => won[i]));
    const lost = keys.filter((key) => !wonKeys.has(key));
    if (lost.length === 0) return id;
    const seesThis = (rival: StoryDocument) => bandKeys(rival.signature).some((key) => wonKeys.has(key));
    const standing = (await this.similarStories(signature, lost))
      .map((match) => match.story)
      .filter((rival) => !seesThis(rival) || rival._id < id)
      .map((rival) => rival.mergedInto ?? rival._id)
      .filter((rival) => rival !== id)
      .sort();
    if (standing.length === 0) return id;
    await this.models.stories.updateOne({ _id: id }, { $set: { mergedInto: standing[0] } }).exec();
    await this.models.bands.deleteMany({ storyId: id }).exec();
    return this.survivorOf(standing[0]);
  }

  /** Where a story ended up after the merges of its start race; a merge cycle ends at its smallest id. */
  private async survivorOf(storyId: string, seen: string[] = []): Promise<string> {
    if (seen.includes(storyId)) return [...seen].sort()[0];
    const story = await this.models.stories.findById(storyId, { mergedInto: 1 }).lean<Pick<StoryDocument, 'mergedInto'>>().exec();
    return story?.mergedInto ? this.survivorOf(story.mergedInto, [...seen, storyId]) : storyId;
  }

  /** The article's story, first write wins when one article is processed twice at once. */
  private async recordArticle(articleId: string, storyId: string, hash: string): Promise<string> {
    if (await insertUnlessTaken(this.models.articles, { _id: articleId, storyId, contentHash: hash })) return storyId;
    return (await this.models.articles.findById(articleId).lean<StoryArticleDocument>().exec())?.storyId ?? storyId;
  }
}

/** The documents of each list of ids, found by one query for all the lists. */
async function findByIdLists<T extends { _id: string }>(model: Model<T>, idLists: string[][]): Promise<T[][]> {
  const found = await model.find({ _id: { $in: [...new Set(idLists.flat())] } }).lean<T[]>().exec();
  const byId = new Map(found.map((document) => [document._id, document]));
  return idLists.map((ids) => ids.flatMap((id) => byId.get(id) ?? []));
}
