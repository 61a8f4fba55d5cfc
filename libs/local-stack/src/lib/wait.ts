import { setTimeout as sleep } from 'node:timers/promises';

/** Thrown by a condition to give up at once instead of polling on (e.g. the process died). */
export class StopWaiting extends Error {}

/** Polls `condition` every `intervalMs` until it holds or `timeoutMs` passes. */
export async function waitFor<T>(
  what: string,
  condition: () => Promise<T | undefined | null | false>,
  timeoutMs: number,
  intervalMs = 500,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition().catch((error: unknown) => {
      if (error instanceof StopWaiting) throw error;
      return undefined;
    });
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}
