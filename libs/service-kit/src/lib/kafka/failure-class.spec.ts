import { KafkaJSConnectionError, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError, KafkaJSRequestTimeoutError } from 'kafkajs';
import { BadRecordError, classifyFailure, describeError } from './failure-class';

/** A broker answer as kafkajs raises it. */
const protocolError = (type: string, retriable: boolean) =>
  new KafkaJSProtocolError({ message: `broker said ${type}`, type, code: 0, retriable } as unknown as Error);

/** An error shaped like the MongoDB driver's (its classes are matched by name and code). */
function mongoError(name: string, code?: number, labels: string[] = []): Error {
  return Object.assign(new Error(`${name} ${code ?? ''}`), { name, code, errorLabelSet: new Set(labels) });
}

describe('classifyFailure', () => {
  it('takes a stage verdict as it is', () => {
    expect(classifyFailure(new BadRecordError('not JSON'))).toBe('bad_data');
    expect(classifyFailure(new BadRecordError('robots.txt says no', 'policy'))).toBe('policy');
    expect(classifyFailure(new BadRecordError('gave up after 4 fetches', 'transient'))).toBe('transient');
  });

  it('finds a record the broker refuses under the retry errors wrapping it', () => {
    const tooLarge = protocolError('MESSAGE_TOO_LARGE', false);
    expect(classifyFailure(Object.assign(new KafkaJSNonRetriableError(tooLarge), { cause: tooLarge }))).toBe('bad_data');
    expect(classifyFailure(protocolError('POLICY_VIOLATION', false))).toBe('policy');
  });

  it('takes any other kafkajs failure for an unavailable broker', () => {
    const refused = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    expect(classifyFailure(new KafkaJSNumberOfRetriesExceeded(refused, { retryCount: 5, retryTime: 3000 }))).toBe('infrastructure');
    expect(classifyFailure(new KafkaJSRequestTimeoutError('Request Produce(key: 0, version: 7) timed out'))).toBe('infrastructure');
    expect(classifyFailure(protocolError('NOT_LEADER_FOR_PARTITION', true))).toBe('infrastructure');
  });

  it('does not take a program error wrapped by kafkajs for an outage', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'value')");
    expect(classifyFailure(Object.assign(new KafkaJSNonRetriableError(bug), { cause: bug }))).toBe('unknown');
  });

  it('tells an unreachable store from a document it refuses', () => {
    expect(classifyFailure(mongoError('MongoServerSelectionError'))).toBe('infrastructure');
    expect(classifyFailure(mongoError('MongoNetworkTimeoutError'))).toBe('infrastructure');
    expect(classifyFailure(mongoError('MongoServerError', 11600))).toBe('infrastructure');
    expect(classifyFailure(mongoError('MongoServerError', 91, ['RetryableWriteError']))).toBe('infrastructure');
    expect(classifyFailure(Object.assign(new Error('Operation `articles.bulkWrite()` buffering timed out after 10000ms'), { name: 'MongooseError' }))).toBe(
      'infrastructure',
    );
    expect(classifyFailure(mongoError('MongoBulkWriteError', 121))).toBe('bad_data');
    expect(classifyFailure(mongoError('MongoServerError', 10334))).toBe('bad_data');
    expect(classifyFailure(mongoError('BSONError'))).toBe('bad_data');
    expect(classifyFailure(mongoError('ValidationError'))).toBe('bad_data');
  });

  it('leaves a duplicate key and anything unknown to bounded retries', () => {
    expect(classifyFailure(mongoError('MongoBulkWriteError', 11000))).toBe('unknown');
    expect(classifyFailure(new Error('boom'))).toBe('unknown');
    expect(classifyFailure('a string')).toBe('unknown');
  });
});

describe('describeError', () => {
  it('names the error and its cause in one line', () => {
    const cause = new KafkaJSConnectionError('connect ECONNREFUSED');
    expect(describeError(new KafkaJSNumberOfRetriesExceeded(cause, { retryCount: 5, retryTime: 100 }))).toBe(
      'KafkaJSNumberOfRetriesExceeded: connect ECONNREFUSED',
    );
    expect(describeError(new Error('store down', { cause: new Error('socket hang up') }))).toBe('Error: store down: socket hang up');
  });
});
