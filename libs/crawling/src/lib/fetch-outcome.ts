import { RefusedError } from './address-guard';
import { FetchError, FetchFailure } from './fetch-page';
import { HostBackingOffError } from './host-gate';

export type FetchOutcome = 'ok' | 'not_modified' | FetchFailure | 'backing_off' | 'error';

/** How a failed fetch ended, for metrics: its FetchFailure, 'backing_off' when its host is held, else 'error'. */
export function failedFetchOutcome(error: unknown): FetchOutcome {
  if (error instanceof FetchError) return error.failure;
  if (error instanceof RefusedError) return 'refused';
  if (error instanceof HostBackingOffError) return 'backing_off';
  return 'error';
}
