import { DEAD_LETTER_TOPIC, DeadLetter, EventHeaders, Received, TOPIC_SPECS, TopicName, deadLetterSchema, parseEvent } from '@newsflow/contracts';

/** A dead letter as read: its stage or class may be one a newer producer added (counted under its own name). */
export type ReceivedDeadLetter = Received<DeadLetter>;
export type ErrorClass = ReceivedDeadLetter['errorClass'];
export const ERROR_CLASSES: readonly DeadLetter['errorClass'][] = deadLetterSchema.shape.errorClass.options;

/** Where a dead letter sits in its dead-letter topic; its id in the console's API. */
export interface RecordPosition {
  topic: string;
  partition: number;
  offset: string;
}

export interface DeadLetterSummary {
  id: string;
  topic: string;
  stage: ReceivedDeadLetter['stage'];
  errorClass: ErrorClass;
  reason: string;
  occurredAt: string;
  source: ReceivedDeadLetter['source'];
  payloadPreview: string;
  payloadBytes: number;
  payloadTruncated: boolean;
  /** Why it cannot be replayed, when it cannot. */
  replayBlocked?: string;
  replayedAt?: string;
}

export interface DeadLetterCounts {
  total: number;
  /** Every known class (0 when none), plus any class a newer producer added. */
  byClass: Record<string, number>;
  byStage: Record<string, Record<string, number>>;
  /** Records on a dead-letter topic that are not valid dead letters themselves. */
  unreadable: number;
}

/** The record a replay publishes: the rejected payload, as it was, to the topic it came from. */
export interface ReplayRecord {
  topic: TopicName;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

export const REPLAY_HEADER = 'x-replay-of';
const PREVIEW_CHARS = 400;
const DEAD_LETTER_TOPICS = new Set<string>(Object.values(DEAD_LETTER_TOPIC));
const PIPELINE_TOPICS = new Set<string>(TOPIC_SPECS.map((spec) => spec.name).filter((name) => !DEAD_LETTER_TOPICS.has(name)));

export const positionId = ({ topic, partition, offset }: RecordPosition) => `${topic}:${partition}:${offset}`;

const zeroByClass = (): Record<string, number> => Object.fromEntries(ERROR_CLASSES.map((errorClass) => [errorClass, 0]));

export function isDeadLetterTopic(topic: string): boolean {
  return DEAD_LETTER_TOPICS.has(topic);
}

/** Why a dead letter cannot go back to its source topic, or undefined when it can. */
export function replayBlocked(letter: ReceivedDeadLetter): string | undefined {
  if (letter.payloadTruncated) return 'the payload was cut to fit the dead letter: replaying it would publish a different record';
  if (!PIPELINE_TOPICS.has(letter.source.topic)) return `source topic ${letter.source.topic} is not a pipeline topic`;
  return undefined;
}

export class ReplayRefusedError extends Error {}

/** The record that re-publishes a dead letter's original payload to its source topic; throws when it must not. */
export function replayRecord(letter: ReceivedDeadLetter, position: RecordPosition): ReplayRecord {
  const blocked = replayBlocked(letter);
  if (blocked) throw new ReplayRefusedError(`cannot replay ${positionId(position)}: ${blocked}`);
  return {
    topic: letter.source.topic as TopicName,
    key: letter.source.key,
    value: letter.payload,
    headers: { [EventHeaders.correlationId]: letter.correlationId, [REPLAY_HEADER]: positionId(position) },
  };
}

/**
 * What the console remembers of the dead-letter topics: counts by stage and class over everything
 * read, and the latest letters in full (bounded), so they can be shown and replayed.
 */
export class DeadLetterLog {
  private readonly counts: DeadLetterCounts = { total: 0, byClass: zeroByClass(), byStage: {}, unreadable: 0 };
  private readonly recent = new Map<string, { letter: ReceivedDeadLetter; position: RecordPosition; replayedAt?: string }>();

  constructor(private readonly keep = 50) {}

  /** Reads one record of a dead-letter topic; false when it is not a valid dead letter. */
  add(position: RecordPosition, value: Buffer | string | null): boolean {
    const parsed = parseEvent(position.topic as TopicName, value);
    if (!parsed.ok || !('errorClass' in parsed.event)) {
      this.counts.unreadable++;
      return false;
    }
    const letter: ReceivedDeadLetter = parsed.event;
    this.counts.total++;
    const byStage = (this.counts.byStage[letter.stage] ??= zeroByClass());
    for (const counts of [this.counts.byClass, byStage]) counts[letter.errorClass] = (counts[letter.errorClass] ?? 0) + 1;
    this.recent.set(positionId(position), { letter, position });
    // A Map iterates in insertion order: the first key is the oldest letter.
    for (const oldest of this.recent.keys()) {
      if (this.recent.size <= this.keep) break;
      this.recent.delete(oldest);
    }
    return true;
  }

  find(id: string): { letter: ReceivedDeadLetter; position: RecordPosition } | undefined {
    return this.recent.get(id);
  }

  markReplayed(id: string, at: Date): void {
    const entry = this.recent.get(id);
    if (entry) entry.replayedAt = at.toISOString();
  }

  summary(): DeadLetterCounts {
    return structuredClone(this.counts);
  }

  /** The latest letters, newest first. */
  latest(limit = 20): DeadLetterSummary[] {
    return [...this.recent.values()]
      .sort((a, b) => b.letter.occurredAt.localeCompare(a.letter.occurredAt))
      .slice(0, limit)
      .map(({ letter, position, replayedAt }) => ({
        id: positionId(position),
        topic: position.topic,
        stage: letter.stage,
        errorClass: letter.errorClass,
        reason: letter.reason,
        occurredAt: letter.occurredAt,
        source: letter.source,
        payloadPreview: letter.payload.slice(0, PREVIEW_CHARS),
        payloadBytes: Buffer.byteLength(letter.payload),
        payloadTruncated: letter.payloadTruncated,
        replayBlocked: replayBlocked(letter),
        replayedAt,
      }));
  }
}
