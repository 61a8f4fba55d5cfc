import { BatchedCalls } from './batched-calls';

/** A batch function that records its batches and answers each input doubled, after a tick. */
function doubling() {
  const batches: number[][] = [];
  const calls = new BatchedCalls<number, number>(async (inputs) => {
    batches.push(inputs);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return inputs.map((input) => input * 2);
  }, 3);
  return { batches, calls };
}

describe('BatchedCalls', () => {
  it('answers each caller from one batch for calls made together', async () => {
    const { batches, calls } = doubling();
    expect(await Promise.all([calls.call(1), calls.call(2)])).toEqual([2, 4]);
    expect(batches).toEqual([[1, 2]]);
  });

  it('sends calls made while a batch runs together in the next, at most maxBatch at a time', async () => {
    const { batches, calls } = doubling();
    const first = calls.call(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4, 5].map((n) => calls.call(n));
    expect(await Promise.all([first, ...later])).toEqual([2, 4, 6, 8, 10]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it("fails every call of a failed batch, and only that batch's", async () => {
    let fail = true;
    const calls = new BatchedCalls<number, number>(async (inputs) => {
      if (fail) {
        fail = false;
        throw new Error('store down');
      }
      return inputs;
    });
    const failed = [calls.call(1), calls.call(2)];
    await expect(Promise.all(failed.map((call) => call.catch((error: Error) => error.message)))).resolves.toEqual(['store down', 'store down']);
    await expect(calls.call(3)).resolves.toBe(3);
  });
});
