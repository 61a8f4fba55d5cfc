import { setImmediate as nextTurn } from 'node:timers/promises';
import { acceptedCorrelationId, currentCorrelationId, withCorrelation } from './correlation';
import { newEnvelope } from './envelope';

describe('correlation context', () => {
  it('holds the id through the asynchronous work started inside it, and only there', async () => {
    const seen = await withCorrelation('corr-1', async () => {
      await nextTurn();
      return currentCorrelationId();
    });
    expect(seen).toBe('corr-1');
    expect(currentCorrelationId()).toBeUndefined();
  });

  it('keeps concurrent correlations apart', async () => {
    const handle = (id: string, delay: number) =>
      withCorrelation(id, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        return currentCorrelationId();
      });
    await expect(Promise.all([handle('a', 20), handle('b', 5)])).resolves.toEqual(['a', 'b']);
  });

  it('gives a new event the id of its cause first, else the one being handled, else a new one', () => {
    expect(withCorrelation('handled', () => newEnvelope('crawler', '1.0', { correlationId: 'cause' })).correlationId).toBe('cause');
    expect(withCorrelation('handled', () => newEnvelope('crawler', '1.0')).correlationId).toBe('handled');
    const fresh = [newEnvelope('crawler', '1.0').correlationId, newEnvelope('crawler', '1.0').correlationId];
    expect(fresh[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh[1]).not.toBe(fresh[0]);
  });

  it('accepts a caller-sent id only when it fits an envelope', () => {
    expect(acceptedCorrelationId('req-42:abc')).toBe('req-42:abc');
    expect(acceptedCorrelationId('x'.repeat(200))).toHaveLength(200);
    for (const bad of ['', 'x'.repeat(201), 'has space', 'line\nbreak', 'café', undefined, ['a', 'b'], 7]) {
      expect(acceptedCorrelationId(bad)).toBeUndefined();
    }
  });
});
