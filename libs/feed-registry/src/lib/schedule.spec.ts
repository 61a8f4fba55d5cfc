import { nextPollAt } from './schedule';

const NOW = new Date('2026-01-01T00:00:00Z');
const MINUTE = 60_000;
const schedule = { jitter: 0.1, maxBackoffMs: 60 * MINUTE };
const after = (date: Date) => date.getTime() - NOW.getTime();
const middle = () => 0.5;

describe('nextPollAt', () => {
  it('waits the interval after a success, spread by the jitter', () => {
    expect(after(nextPollAt(NOW, 5 * MINUTE, 0, schedule, middle))).toBe(5 * MINUTE);
    expect(after(nextPollAt(NOW, 5 * MINUTE, 0, schedule, () => 0))).toBe(4.5 * MINUTE);
    expect(after(nextPollAt(NOW, 5 * MINUTE, 0, schedule, () => 1))).toBe(5.5 * MINUTE);
  });

  it('doubles the wait with every consecutive failure, up to the cap', () => {
    const waits = [1, 2, 3, 4, 5].map((failures) => after(nextPollAt(NOW, 5 * MINUTE, failures, schedule, middle)) / MINUTE);
    expect(waits).toEqual([10, 20, 40, 60, 60]);
  });

  it('never polls a failing feed sooner than its own interval, even past the cap', () => {
    expect(after(nextPollAt(NOW, 120 * MINUTE, 3, schedule, middle))).toBe(120 * MINUTE);
  });

  it("waits at least the server's Retry-After", () => {
    expect(after(nextPollAt(NOW, MINUTE, 1, schedule, middle, 30 * MINUTE))).toBe(30 * MINUTE);
  });
});
