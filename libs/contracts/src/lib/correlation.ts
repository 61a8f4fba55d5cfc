import { AsyncLocalStorage } from 'node:async_hooks';

/** The correlation id of the record or request being handled, for everything done on its behalf. */
const correlation = new AsyncLocalStorage<string>();

/** Runs `work` (and everything asynchronous it starts) on behalf of `correlationId`. */
export function withCorrelation<T>(correlationId: string, work: () => T): T {
  return correlation.run(correlationId, work);
}

/** The correlation id of the record or request being handled here, if any. */
export function currentCorrelationId(): string | undefined {
  return correlation.getStore();
}

/** An id a caller sent (an HTTP header), if it fits an envelope: 1 to 200 visible ASCII characters. */
export function acceptedCorrelationId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[\x21-\x7e]{1,200}$/.test(value) ? value : undefined;
}
