import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka } from 'kafkajs';
import { Db } from 'mongodb';
import { ARTICLE_COLLECTION } from '@newsflow/archive-store';
import { ConsumingStage, DEAD_LETTER_TOPIC, DeadLetter, parseEvent } from '@newsflow/contracts';
import { waitFor } from '@newsflow/local-stack';

const STAGES = Object.keys(DEAD_LETTER_TOPIC) as ConsumingStage[];

/**
 * What the suite expects of a dead letter: the stage that wrote it, what it is about (the URL of a
 * rejected crawl request, else the rejected record's key), its class.
 */
export interface ExpectedLetter {
  stage: ConsumingStage;
  key: string | null;
  errorClass: DeadLetter['errorClass'];
}

/** A crawl request's URL (its record key is only the host), else the record's key. */
function subjectOf(letter: DeadLetter): string | null {
  try {
    const url = (JSON.parse(letter.payload) as { url?: unknown }).url;
    if (letter.stage === 'crawler' && typeof url === 'string') return url;
  } catch {
    // not JSON: the key says what it was
  }
  return letter.source?.key ?? null;
}

export const letterKey = (letter: ExpectedLetter) => `${letter.stage} ${letter.errorClass} ${letter.key}`;

/** Every dead letter written (all stages), in topic order. */
export async function deadLetters(kafka: Kafka): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const topics = STAGES.map((stage) => DEAD_LETTER_TOPIC[stage]);
  const ends = new Map<string, number>();
  try {
    for (const topic of topics) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic)) if (Number(high) > 0) ends.set(`${topic}:${partition}`, Number(high));
    }
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0) return [];
  const letters: DeadLetter[] = [];
  const consumer = kafka.consumer({ groupId: `newsflow-faults-reader-${Date.now()}-${Math.random()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    const pending = new Set(ends.keys());
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dead-letter topics not read to their end: ${[...pending].join(', ')}`)), 120_000);
      void consumer.run({
        eachMessage: async ({ topic, partition, message }) => {
          const parsed = parseEvent(topic as (typeof topics)[number], message.value);
          if (parsed.ok) letters.push(parsed.event as DeadLetter);
          else letters.push({ stage: 'unparsable', reason: parsed.reason } as unknown as DeadLetter);
          if (Number(message.offset) + 1 >= (ends.get(`${topic}:${partition}`) ?? 0)) pending.delete(`${topic}:${partition}`);
          if (pending.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return letters;
}

/** Waits until every expected dead letter is there, then returns them all (expected or not) as comparable keys. */
export async function settledDeadLetters(kafka: Kafka, expected: ExpectedLetter[], timeoutMs = 90_000): Promise<string[]> {
  const wanted = expected.map(letterKey);
  let keys: string[] = [];
  try {
    await waitFor(
      `${wanted.length} dead letters`,
      async () => {
        keys = (await deadLetters(kafka)).map((letter) => letterKey({ stage: letter.stage, key: subjectOf(letter), errorClass: letter.errorClass }));
        return wanted.every((key) => keys.includes(key));
      },
      timeoutMs,
      3000,
    );
  } catch {
    // The comparison in the test shows what is missing.
  }
  return keys.sort();
}

/** The number of stored documents per article id, for the given ids and for any other article. */
export async function storedCounts(db: Db, ids: string[]): Promise<{ missing: string[]; twice: string[]; others: number }> {
  const rows = await db
    .collection(ARTICLE_COLLECTION)
    .aggregate<{ _id: string; n: number }>([{ $group: { _id: '$articleId', n: { $sum: 1 } } }])
    .toArray();
  const counts = new Map(rows.map((row) => [row._id, row.n]));
  const wanted = new Set(ids);
  return {
    missing: ids.filter((id) => !counts.has(id)),
    twice: ids.filter((id) => (counts.get(id) ?? 0) > 1),
    others: rows.filter((row) => !wanted.has(row._id)).length,
  };
}

/**
 * Waits until every id is stored, giving up when the count has not grown for `stallMs` (a stalled
 * stream) or after `timeoutMs`; returns the counts.
 */
export async function settledArticles(db: Db, ids: string[], stallMs = 150_000, timeoutMs = 600_000) {
  const started = Date.now();
  let last = await storedCounts(db, ids);
  let progressAt = Date.now();
  while (last.missing.length > 0 && Date.now() - progressAt < stallMs && Date.now() - started < timeoutMs) {
    await sleep(2000);
    const now = await storedCounts(db, ids).catch(() => last);
    if (now.missing.length < last.missing.length) progressAt = Date.now();
    last = now;
  }
  return last;
}

/**
 * What one spec file expects to find at the end of each case: every article id it sent stored once, no
 * other article, and exactly the dead letters it expects (stage, key, class), nothing else.
 */
export class Expectations {
  readonly ids: string[] = [];
  readonly letters: ExpectedLetter[] = [];

  constructor(
    private readonly kafka: Kafka,
    private readonly db: () => Db,
  ) {}

  articles(ids: string[]): void {
    this.ids.push(...ids);
  }

  letter(...letters: ExpectedLetter[]): void {
    this.letters.push(...letters);
  }

  /** Ids of the cases checked before this one, told apart so that one case's loss does not read as the next one's. */
  private checkedIds = 0;

  async check(): Promise<void> {
    const stored = await settledArticles(this.db(), this.ids);
    const earlier = new Set(this.ids.slice(0, this.checkedIds));
    this.checkedIds = this.ids.length;
    const missing = stored.missing.filter((id) => !earlier.has(id)).length;
    const outcome = { missing, missingOfEarlierCases: stored.missing.length - missing, storedTwice: stored.twice.length, unexpected: stored.others };
    expect(outcome).toEqual({ missing: 0, missingOfEarlierCases: 0, storedTwice: 0, unexpected: 0 });
    expect(await settledDeadLetters(this.kafka, this.letters)).toEqual(this.letters.map(letterKey).sort());
  }
}
