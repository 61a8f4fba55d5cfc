import { DeadLetter, Topics, newEnvelope } from '@newsflow/contracts';
import { DeadLetterLog, REPLAY_HEADER, replayRecord } from './dead-letters';

const letter = (overrides: Partial<DeadLetter> = {}): DeadLetter => ({
  ...newEnvelope('cleaner', '1.0', { correlationId: 'corr-1' }),
  stage: 'cleaner',
  errorClass: 'bad_data',
  reason: 'value is not JSON',
  source: { topic: Topics.rawPages, partition: 2, offset: '17', key: 'k-1' },
  payload: '{"articleId": "trunc',
  payloadTruncated: false,
  ...overrides,
});

const at = (offset: number) => ({ topic: Topics.cleanerDeadLetters, partition: 0, offset: String(offset) });

describe('DeadLetterLog', () => {
  it('counts letters by class and stage, and counts records that are not dead letters apart', () => {
    const log = new DeadLetterLog();
    log.add(at(0), JSON.stringify(letter()));
    log.add(at(1), JSON.stringify(letter({ errorClass: 'policy', stage: 'crawler' })));
    expect(log.add(at(2), 'garbage')).toBe(false);
    expect(log.summary()).toEqual({
      total: 2,
      byClass: { transient: 0, bad_data: 1, policy: 1 },
      byStage: {
        cleaner: { transient: 0, bad_data: 1, policy: 0 },
        crawler: { transient: 0, bad_data: 0, policy: 1 },
      },
      unreadable: 1,
    });
  });

  it('counts a class or stage a newer producer added under its own name, never dropping the letter', () => {
    const log = new DeadLetterLog();
    const newer = { ...letter(), errorClass: 'quota', stage: 'translator' };
    expect(log.add(at(0), JSON.stringify(newer))).toBe(true);
    expect(log.summary()).toEqual({
      total: 1,
      byClass: { bad_data: 0, transient: 0, policy: 0, quota: 1 },
      byStage: { translator: { bad_data: 0, transient: 0, policy: 0, quota: 1 } },
      unreadable: 0,
    });
    expect(log.latest()[0]).toMatchObject({ errorClass: 'quota', stage: 'translator' });
  });

  it('keeps the latest letters, newest first, with a payload preview, and forgets the oldest', () => {
    const log = new DeadLetterLog(2);
    for (let second = 0; second < 3; second++) {
      log.add(at(second), JSON.stringify(letter({ occurredAt: `2026-01-01T00:00:0${second}.000Z`, payload: 'x'.repeat(1000) })));
    }
    const latest = log.latest();
    expect(latest.map((entry) => entry.id)).toEqual([`${Topics.cleanerDeadLetters}:0:2`, `${Topics.cleanerDeadLetters}:0:1`]);
    expect(latest[0]).toMatchObject({ payloadBytes: 1000, reason: 'value is not JSON', stage: 'cleaner' });
    expect(latest[0].payloadPreview).toHaveLength(400);
    expect(log.find(`${Topics.cleanerDeadLetters}:0:0`)).toBeUndefined();
    expect(log.summary().total).toBe(3);
  });

  it('remembers a replay', () => {
    const log = new DeadLetterLog();
    log.add(at(5), JSON.stringify(letter()));
    log.markReplayed(`${Topics.cleanerDeadLetters}:0:5`, new Date('2026-02-01T00:00:00Z'));
    expect(log.latest()[0].replayedAt).toBe('2026-02-01T00:00:00.000Z');
  });
});

describe('replayRecord', () => {
  it('re-publishes the original payload and key to the source topic, marked as a replay', () => {
    expect(replayRecord(letter(), at(5))).toEqual({
      topic: Topics.rawPages,
      key: 'k-1',
      value: '{"articleId": "trunc',
      headers: { 'x-correlation-id': 'corr-1', [REPLAY_HEADER]: `${Topics.cleanerDeadLetters}:0:5` },
    });
  });

  it('refuses a truncated payload and a source that is not a pipeline topic', () => {
    expect(() => replayRecord(letter({ payloadTruncated: true }), at(1))).toThrow(/cut/);
    const fromDeadLetters = letter({ source: { topic: Topics.crawlerDeadLetters, partition: 0, offset: '1', key: null } });
    expect(() => replayRecord(fromDeadLetters, at(1))).toThrow(/not a pipeline topic/);
  });
});
