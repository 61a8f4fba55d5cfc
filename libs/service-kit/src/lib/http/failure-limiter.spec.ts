import { FailureLimiter } from './failure-limiter';

describe('FailureLimiter', () => {
  let now = 0;
  const limiter = (maxClients?: number) => new FailureLimiter({ maxFailures: 3, windowMs: 60_000, maxClients }, () => now);

  beforeEach(() => (now = 1_000_000));

  it('lets a client fail up to the limit, then refuses it until its window ends', () => {
    const limits = limiter();
    for (let i = 0; i < 2; i++) limits.recordFailure('10.0.0.1');
    expect(limits.retryAfterMs('10.0.0.1')).toBe(0);
    now += 10_000;
    limits.recordFailure('10.0.0.1');
    expect(limits.retryAfterMs('10.0.0.1')).toBe(50_000);
    now += 49_999;
    expect(limits.retryAfterMs('10.0.0.1')).toBe(1);
    now += 1;
    expect(limits.retryAfterMs('10.0.0.1')).toBe(0);
  });

  it('counts each client on its own', () => {
    const limits = limiter();
    for (let i = 0; i < 3; i++) limits.recordFailure('10.0.0.1');
    expect(limits.retryAfterMs('10.0.0.1')).toBeGreaterThan(0);
    expect(limits.retryAfterMs('10.0.0.2')).toBe(0);
  });

  it('starts a fresh window once the last one ended', () => {
    const limits = limiter();
    for (let i = 0; i < 3; i++) limits.recordFailure('10.0.0.1');
    now += 60_000;
    limits.recordFailure('10.0.0.1');
    expect(limits.retryAfterMs('10.0.0.1')).toBe(0);
  });

  it('remembers a bounded number of clients, forgetting the least recently failing', () => {
    const limits = limiter(2);
    for (let i = 0; i < 3; i++) limits.recordFailure('a');
    limits.recordFailure('b');
    limits.recordFailure('c');
    expect(limits.retryAfterMs('a')).toBe(0);
  });
});
