import { requiredGraceSeconds, runShutdown } from './shutdown-sequence';

describe('runShutdown', () => {
  it('runs the steps in order, noting a failure and going on', async () => {
    const order: string[] = [];
    const report = await runShutdown(
      [
        { name: 'stop consuming', run: async () => void order.push('stop') },
        { name: 'flush', run: async () => Promise.reject(new Error('store down')) },
        { name: 'close', run: async () => void order.push('close') },
      ],
      1000,
    );
    expect(order).toEqual(['stop', 'close']);
    expect(report).toMatchObject({ completed: ['stop consuming', 'close'], failed: [{ step: 'flush', error: 'store down' }] });
    expect(report.timedOut).toBeUndefined();
  });

  it('gives up at the deadline, naming the step that hung', async () => {
    const report = await runShutdown(
      [
        { name: 'stop consuming', run: async () => undefined },
        { name: 'close', run: () => new Promise<void>(() => undefined) },
      ],
      50,
    );
    expect(report.timedOut).toBe('close');
    expect(report.completed).toEqual(['stop consuming']);
    expect(report.elapsedMs).toBeLessThan(5000);
  });

  it('asks orchestrators for the deadline, any pre-stop pause and a margin to exit', () => {
    expect(requiredGraceSeconds(25_000)).toBe(30);
    expect(requiredGraceSeconds(25_000, 5)).toBe(35);
    expect(requiredGraceSeconds(25_500)).toBe(31);
  });
});
