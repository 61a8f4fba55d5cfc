import { randomUUID } from 'node:crypto';
import mongoose, { Connection } from 'mongoose';
import { StoryRepository } from './story-repository';
import { StoryModels, storyModelsOn } from './story-schema';

/** Talks to the real MongoDB-compatible server of the local stack (`newsflow stack up`). */
const MONGO_URI = process.env['MONGO_URI'] ?? 'mongodb://127.0.0.1:27017/newsflow';

const ORIGINAL = [
  'The city council voted on Tuesday to close the old riverside power station by the end of next year, ending a decade of disputes over its emissions and its cost to the municipal budget.',
  'Councillors approved the plan by 31 votes to 12 after a debate that ran late into the evening. Opponents argued that the closure would cost some 240 jobs and raise energy bills for households on the east bank.',
  'The mayor said the savings would be spent on insulating social housing and on a new district heating network, which engineers expect to be ready within four years.',
].join('\n\n');
const AGGREGATOR_COPY = ['Site icon Daily News Hub', ORIGINAL.replace('Tuesday', 'Wednesday'), 'Source link', 'Exit mobile version'].join('\n\n');
const DISTINCT = [
  'A rare orchid not seen in the northern valleys for more than sixty years has been found by a volunteer surveying a disused railway embankment, botanists confirmed this week.',
  'The plant, a small pink flower that depends on a particular soil fungus, was photographed in late spring. Specialists from the national herbarium visited the site and counted eleven flowering stems.',
].join('\n\n');

/** Story ids handed out only once `count` new stories are being started: every creator has missed the others. */
function idsAfter(count: number): () => Promise<string> {
  const waiting: (() => void)[] = [];
  return () =>
    new Promise((resolve) => {
      waiting.push(() => resolve(randomUUID()));
      if (waiting.length === count) waiting.forEach((release) => release());
    });
}

describe('StoryRepository (real MongoDB wire protocol)', () => {
  let connection: Connection;
  let models: StoryModels;
  let repository: StoryRepository;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(MONGO_URI, { dbName: `test_stories_${randomUUID().slice(0, 8)}`, serverSelectionTimeoutMS: 5000 })
      .asPromise();
    models = storyModelsOn(connection);
    await Promise.all(Object.values(models).map((model) => model.createIndexes()));
    repository = new StoryRepository(models);
  });

  beforeEach(() => Promise.all(Object.values(models).map((model) => model.deleteMany({}))));

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('gives an aggregator copy the story of its original, and a different article a new story', async () => {
    const original = await repository.assign('a1', ORIGINAL);
    const copy = await repository.assign('a2', AGGREGATOR_COPY);
    const distinct = await repository.assign('a3', DISTINCT);
    expect(copy.storyId).toBe(original.storyId);
    expect(distinct.storyId).not.toBe(original.storyId);
    expect([original.duplicateOf, copy.duplicateOf, distinct.duplicateOf]).toEqual([undefined, undefined, undefined]);
    expect(await models.stories.countDocuments()).toBe(2);
  });

  it('marks an exact duplicate (same normalised text, another article) with the first article', async () => {
    const first = await repository.assign('a1', ORIGINAL);
    const duplicate = await repository.assign('a2', ORIGINAL.toUpperCase());
    expect(duplicate).toEqual({ storyId: first.storyId, contentHash: first.contentHash, duplicateOf: 'a1' });
  });

  it('keeps the story of a redelivered article and does not call it a duplicate of itself', async () => {
    const first = await repository.assign('a1', ORIGINAL);
    expect(await repository.assign('a1', ORIGINAL)).toEqual(first);
    expect(await models.articles.countDocuments()).toBe(1);
  });

  it('gives two copies of a new story that start it at once one story', async () => {
    const racing = new StoryRepository(models, () => new Date(), idsAfter(2));
    const assigned = await Promise.all([ORIGINAL, AGGREGATOR_COPY].map((text, i) => racing.assign(`c${i}`, text)));
    expect(assigned[1].storyId).toBe(assigned[0].storyId);
    expect(await models.stories.find({ mergedInto: { $exists: false } }).distinct('_id')).toEqual([assigned[0].storyId]);
  });

  it('gives two exact copies that arrive at once one first article and one story', async () => {
    const racing = new StoryRepository(models, () => new Date(), idsAfter(2));
    const assigned = await Promise.all(['d1', 'd2'].map((id) => racing.assign(id, ORIGINAL)));
    const firsts = assigned.filter((a) => a.duplicateOf === undefined);
    expect(firsts).toHaveLength(1);
    expect(new Set(assigned.map((a) => a.storyId)).size).toBe(1);
  });
});
