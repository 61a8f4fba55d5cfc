import { Model, mongo } from 'mongoose';

const DUPLICATE_KEY = 11000;

/** Whether a write failed because a unique key (such as _id) is already taken. */
export function isDuplicateKey(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY;
}

/**
 * Inserts a document; false when its unique key is already taken. An insert is atomic on MongoDB
 * and FerretDB alike, so its winner decides a race (FerretDB's conditional updates are not atomic).
 */
export async function insertUnlessTaken<T>(model: Model<T>, document: Partial<T>): Promise<boolean> {
  try {
    await model.create(document);
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/**
 * Inserts documents in one round trip (unordered: each is tried); per document, false when its
 * unique key was already taken. Documents are cast and validated by the schema first, as
 * `create` does (mongoose's own unordered insertMany would drop invalid ones silently); other
 * failures are rethrown.
 */
export async function insertEachUnlessTaken<T>(model: Model<T>, documents: Partial<T>[]): Promise<boolean[]> {
  const hydrated = documents.map((document) => new model(document));
  await Promise.all(hydrated.map((document) => document.validate()));
  const inserted = documents.map(() => true);
  try {
    await model.collection.insertMany(hydrated.map((document) => document.toObject<mongo.OptionalId<mongo.Document>>()), { ordered: false });
  } catch (error) {
    if (!(error instanceof mongo.MongoBulkWriteError)) throw error;
    for (const failure of [error.writeErrors].flat()) {
      if (failure.code !== DUPLICATE_KEY) throw error;
      inserted[failure.index] = false;
    }
  }
  return inserted;
}
