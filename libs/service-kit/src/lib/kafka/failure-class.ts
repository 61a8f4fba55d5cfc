import type { DeadLetter } from '@newsflow/contracts';

/** Thrown by a stage for a record that can never be processed; it goes to the dead-letter topic. */
export class BadRecordError extends Error {
  constructor(
    message: string,
    readonly errorClass: DeadLetter['errorClass'] = 'bad_data',
  ) {
    super(message);
  }
}

/**
 * What a failed attempt at a record says about the next one:
 * - bad_data / policy: the record itself is refused; another attempt would fail the same way.
 * - transient: the stage gave up on its own retries (a BadRecordError of that class); dead-letter now.
 * - infrastructure: Kafka or MongoDB is unreachable or slow; the record is fine and waits for them.
 * - unknown: anything else; worth a few more attempts.
 */
export type FailureClass = DeadLetter['errorClass'] | 'infrastructure' | 'unknown';

/** Broker answers that refuse the record itself (its size or shape), not the moment. */
const KAFKA_RECORD_REFUSALS = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'CORRUPT_MESSAGE']);
const KAFKA_POLICY_REFUSALS = new Set(['POLICY_VIOLATION', 'TOPIC_AUTHORIZATION_FAILED']);

/** Errors of the MongoDB driver and mongoose that mean the server is out of reach, not that the document is wrong. */
const MONGO_UNREACHABLE = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoWriteConcernError',
]);
/** Documents the driver or mongoose refuses to send. */
const MONGO_DOCUMENT_REFUSALS = new Set(['BSONError', 'ValidationError', 'CastError', 'StrictModeError', 'MongoInvalidArgumentError']);
/**
 * Server codes that reject the document: BadValue, FailedToParse, TypeMismatch, DollarPrefixedFieldName,
 * DocumentValidationFailure, BSONObjectTooLarge, document or key too large. A duplicate key (11000) is
 * not among them: in an idempotent writer it is a race with another writer, which a retry resolves.
 */
const MONGO_DOCUMENT_CODES = new Set([2, 9, 14, 52, 121, 10334, 17280, 17419, 17420]);
/** Server codes of a node stepping down, shutting down or not yet primary: it comes back. */
const MONGO_TRANSIENT_CODES = new Set([6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);

interface ErrorFields {
  name?: string;
  message?: string;
  type?: string;
  code?: unknown;
  cause?: unknown;
  errorLabelSet?: Set<string>;
}

/** The error and every error it wraps (kafkajs wraps the broker's answer in retry errors). */
function causeChain(error: unknown): ErrorFields[] {
  const chain: ErrorFields[] = [];
  let current: unknown = error;
  while (current instanceof Object && chain.length < 10 && !chain.includes(current as ErrorFields)) {
    chain.push(current as ErrorFields);
    current = (current as ErrorFields).cause;
  }
  return chain;
}

function classifyOne(error: ErrorFields): FailureClass | undefined {
  if (error instanceof BadRecordError) return error.errorClass;
  const name = error.name ?? '';
  if (name === 'KafkaJSProtocolError' || name.startsWith('KafkaJS')) {
    if (error.type && KAFKA_RECORD_REFUSALS.has(error.type)) return 'bad_data';
    if (error.type && KAFKA_POLICY_REFUSALS.has(error.type)) return 'policy';
    return undefined;
  }
  if (MONGO_UNREACHABLE.has(name) || error.errorLabelSet?.has('RetryableWriteError')) return 'infrastructure';
  if (name === 'MongooseError' && /buffering timed out/.test(error.message ?? '')) return 'infrastructure';
  if (MONGO_DOCUMENT_REFUSALS.has(name)) return 'bad_data';
  if (typeof error.code === 'number' && name.startsWith('Mongo')) {
    if (MONGO_DOCUMENT_CODES.has(error.code)) return 'bad_data';
    if (MONGO_TRANSIENT_CODES.has(error.code)) return 'infrastructure';
  }
  return undefined;
}

/**
 * Classifies a failed attempt at a record. A refusal anywhere in the cause chain wins; a chain of
 * nothing but kafkajs errors (connection, timeout, metadata, retries exhausted) means the broker is
 * unavailable (a program error wrapped by kafkajs is not).
 */
export function classifyFailure(error: unknown): FailureClass {
  const chain = causeChain(error);
  for (const link of chain) {
    const found = classifyOne(link);
    if (found) return found;
  }
  if (chain.length > 0 && chain.every((link) => (link.name ?? '').startsWith('KafkaJS'))) return 'infrastructure';
  return 'unknown';
}

/** One line saying what failed, for logs and dead letters. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error && !error.message.includes(error.cause.message) ? `: ${error.cause.message}` : '';
  return `${error.name}: ${error.message}${cause}`;
}
