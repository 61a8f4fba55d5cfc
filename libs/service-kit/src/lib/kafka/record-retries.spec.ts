import { KafkaJSConnectionError } from 'kafkajs';
import { HandBackError } from '../lifecycle/consumer-lifecycle';
import { BadRecordError } from './failure-class';
import { RecordRetrySettings, attemptWithRetries } from './record-retries';

const SETTINGS: RecordRetrySettings = { attempts: 3, maxMs: 60_000, baseDelayMs: 100, maxDelayMs: 1_000 };

/** An attempt failing with `errors` in turn, then succeeding; a clock that the waits move on. */
function scripted(errors: unknown[]) {
  let clock = 0;
  const waits: number[] = [];
  let calls = 0;
  const attempt = async () => {
    calls += 1;
    const error = errors.shift();
    if (error !== undefined) throw error;
  };
  const hooks = {
    now: () => clock,
    wait: async (ms: number) => {
      waits.push(ms);
      clock += ms;
    },
  };
  return { attempt, hooks, waits, calls: () => calls, advance: (ms: number) => (clock += ms) };
}

describe('attemptWithRetries', () => {
  it('succeeds after passing failures, waiting between attempts', async () => {
    const run = scripted([new Error('flaky'), new Error('flaky')]);
    await expect(attemptWithRetries(run.attempt, SETTINGS, run.hooks)).resolves.toBeUndefined();
    expect(run.calls()).toBe(3);
    expect(run.waits).toHaveLength(2);
    expect(Math.max(...run.waits)).toBeLessThanOrEqual(200);
  });

  it('gives a refused record up at once, with its class', async () => {
    const run = scripted([new BadRecordError('robots.txt says no', 'policy')]);
    await expect(attemptWithRetries(run.attempt, SETTINGS, run.hooks)).resolves.toEqual({ errorClass: 'policy', reason: 'robots.txt says no', attempts: 1 });
    expect(run.waits).toEqual([]);
  });

  it('gives up a record failing for an unknown reason after the attempts, as transient with the first and last error', async () => {
    const run = scripted([new Error('first'), new Error('second'), new Error('third'), new Error('never reached')]);
    await expect(attemptWithRetries(run.attempt, SETTINGS, run.hooks)).resolves.toEqual({
      errorClass: 'transient',
      reason: 'third',
      attempts: 3,
      firstError: 'Error: first',
      lastError: 'Error: third',
    });
  });

  it('gives up after maxMs even with attempts left', async () => {
    const run = scripted([new Error('slow'), new Error('slow'), new Error('slow')]);
    const attempt = async () => {
      run.advance(40_000);
      await run.attempt();
    };
    const verdict = await attemptWithRetries(attempt, { ...SETTINGS, attempts: 10 }, run.hooks);
    // 40 s, then 80 s and more after the first failure.
    expect(verdict).toMatchObject({ errorClass: 'transient', attempts: 3 });
  });

  it('waits out an unavailable broker however long it takes, never giving the record up', async () => {
    const outage = Array.from({ length: 50 }, () => new KafkaJSConnectionError('connect ECONNREFUSED'));
    const run = scripted(outage);
    await expect(attemptWithRetries(run.attempt, SETTINGS, run.hooks)).resolves.toBeUndefined();
    expect(run.calls()).toBe(51);
    expect(Math.max(...run.waits)).toBeLessThanOrEqual(SETTINGS.maxDelayMs);
  });

  it('reports a record refused after retries with the errors before it', async () => {
    const run = scripted([new Error('flaky'), new BadRecordError('article over the topic cap')]);
    await expect(attemptWithRetries(run.attempt, SETTINGS, run.hooks)).resolves.toEqual({
      errorClass: 'bad_data',
      reason: 'article over the topic cap',
      attempts: 2,
      firstError: 'Error: flaky',
      lastError: 'Error: article over the topic cap',
    });
  });

  it('hands the record back instead of waiting when the stage is stopping', async () => {
    const down = new KafkaJSConnectionError('connect ECONNREFUSED');
    const run = scripted([down]);
    await expect(attemptWithRetries(run.attempt, SETTINGS, { ...run.hooks, stopping: () => true })).rejects.toEqual(new HandBackError('stopping'));
    expect(run.waits).toEqual([]);
  });

  it('rethrows a record handed back at once: no retry, no dead letter', async () => {
    const handBack = new HandBackError('stopping');
    const run = scripted([handBack]);
    await expect(attemptWithRetries(run.attempt, SETTINGS, run.hooks)).rejects.toBe(handBack);
    expect(run.calls()).toBe(1);
    expect(run.waits).toEqual([]);
  });
});
