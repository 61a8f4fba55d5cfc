import { RefusedError } from './address-guard';
import { failedFetchOutcome } from './fetch-outcome';
import { FetchError } from './fetch-page';
import { HostBackingOffError } from './host-gate';

describe('failedFetchOutcome', () => {
  it('names the failure of the fetch path', () => {
    expect(failedFetchOutcome(new FetchError('timeout', 'no answer in 20000 ms'))).toBe('timeout');
    expect(failedFetchOutcome(new FetchError('http_status', 'HTTP 503', 503))).toBe('http_status');
    expect(failedFetchOutcome(new RefusedError('private address 10.0.0.5'))).toBe('refused');
    expect(failedFetchOutcome(new HostBackingOffError('news.example', new Date(0)))).toBe('backing_off');
  });

  it('calls anything else an error', () => {
    expect(failedFetchOutcome(new TypeError('boom'))).toBe('error');
    expect(failedFetchOutcome('not even an error')).toBe('error');
  });
});
