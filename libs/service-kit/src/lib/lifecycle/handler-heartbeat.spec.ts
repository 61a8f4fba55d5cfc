import { whileHeartbeating } from './handler-heartbeat';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('whileHeartbeating', () => {
  it('beats while the task runs and stops when it ends', async () => {
    let beats = 0;
    let thirdBeat: () => void = () => undefined;
    const threeBeats = new Promise<void>((resolve) => (thirdBeat = resolve));
    const result = await whileHeartbeating(
      async () => {
        beats += 1;
        if (beats === 3) thirdBeat();
      },
      { everyMs: 10, onRebalance: () => undefined },
      async () => {
        await threeBeats;
        return 'done';
      },
    );
    const atEnd = beats;
    await sleep(50);
    expect(result).toBe('done');
    expect(beats).toBe(atEnd);
  });

  it('reports a rebalance and other failures apart, and passes the task\'s error on', async () => {
    const failures = [Object.assign(new Error('rebalancing'), { type: 'REBALANCE_IN_PROGRESS' }), new Error('connection closed')];
    const seen: string[] = [];
    const task = whileHeartbeating(
      async () => {
        const failure = failures.shift();
        if (failure) throw failure;
      },
      { everyMs: 10, onRebalance: () => seen.push('rebalance'), onError: (error) => seen.push((error as Error).message) },
      async () => {
        await until(() => seen.length === 2);
        throw new Error('handler failed');
      },
    );
    await expect(task).rejects.toThrow('handler failed');
    expect(seen).toEqual(['rebalance', 'connection closed']);
  });

  it('never overlaps two heartbeats', async () => {
    let running = 0;
    let most = 0;
    let beats = 0;
    await whileHeartbeating(
      async () => {
        running += 1;
        most = Math.max(most, running);
        await sleep(35);
        running -= 1;
        beats += 1;
      },
      { everyMs: 5, onRebalance: () => undefined },
      () => until(() => beats >= 2),
    );
    expect(most).toBe(1);
  });
});

/** Resolves once `condition` holds, checked every few milliseconds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(5);
}
