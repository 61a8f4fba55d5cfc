import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Daemon, runningPid, startDaemon, stopDaemon, waitUntilReady } from './daemon';

const sleeper = (dir: string, seconds = '30'): Daemon => ({
  name: 'sleeper',
  pidFile: join(dir, 'sleeper.pid'),
  logFile: join(dir, 'logs', 'sleeper.log'),
  command: 'sleep',
  args: [seconds],
  cwd: dir,
});

describe('daemon', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'daemon-'))));

  it('starts once, reports its pid, and stops', async () => {
    const daemon = sleeper(dir);
    const pid = startDaemon(daemon);
    expect(startDaemon(daemon)).toBe(pid);
    expect(runningPid(daemon)).toBe(pid);
    expect(await stopDaemon(daemon)).toBe(true);
    expect(runningPid(daemon)).toBeUndefined();
    expect(await stopDaemon(daemon)).toBe(false);
  });

  it('fails fast with the log when the process dies during start-up', async () => {
    const daemon = { ...sleeper(dir), command: 'sh', args: ['-c', 'echo boom; exit 3'] };
    startDaemon(daemon);
    await expect(waitUntilReady(daemon, async () => false, 10_000)).rejects.toThrow(/exited during start-up:\nboom/);
  });

  it('times out when the probe never succeeds', async () => {
    const daemon = sleeper(dir);
    startDaemon(daemon);
    await expect(waitUntilReady(daemon, async () => false, 600)).rejects.toThrow(/timed out after 600 ms waiting for sleeper to be ready/);
    await stopDaemon(daemon);
  });
});
