import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StopWaiting, waitFor } from './wait';

/** A background process tracked by a pid file, so start/stop/status work across CLI invocations. */
export interface Daemon {
  name: string;
  pidFile: string;
  logFile: string;
  command: string;
  args: string[];
  cwd: string;
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
}

export function runningPid(daemon: Pick<Daemon, 'pidFile'>): number | undefined {
  if (!existsSync(daemon.pidFile)) return undefined;
  const pid = Number(readFileSync(daemon.pidFile, 'utf8'));
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the daemon unless it already runs; returns its pid. */
export function startDaemon(daemon: Daemon): number {
  const existing = runningPid(daemon);
  if (existing) return existing;
  mkdirSync(dirname(daemon.logFile), { recursive: true });
  const log = openSync(daemon.logFile, 'a');
  const child = spawn(daemon.command, daemon.args, {
    cwd: daemon.cwd,
    env: { ...process.env, ...daemon.env },
    detached: true,
    stdio: ['ignore', log, log],
  });
  if (!child.pid) throw new Error(`${daemon.name} did not start; see ${daemon.logFile}`);
  child.unref();
  writeFileSync(daemon.pidFile, String(child.pid));
  return child.pid;
}

/** Stops the daemon gracefully (SIGTERM), forcefully after `graceMs`. */
export async function stopDaemon(daemon: Daemon, graceMs = 30_000): Promise<boolean> {
  const pid = runningPid(daemon);
  if (!pid) {
    rmSync(daemon.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(daemon.pidFile, { force: true });
  return true;
}

/** Polls `probe` until it resolves true; fails with the log's tail when `timeoutMs` passes or the process dies. */
export async function waitUntilReady(daemon: Daemon, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const readyOrDead = async () => {
    if (!runningPid(daemon)) throw new StopWaiting(`${daemon.name} exited during start-up`);
    return probe();
  };
  try {
    await waitFor(`${daemon.name} to be ready`, readyOrDead, timeoutMs);
  } catch (error) {
    throw new Error(`${(error as Error).message}:\n${logTail(daemon)}`);
  }
}

function logTail(daemon: Daemon, lines = 15): string {
  if (!existsSync(daemon.logFile)) return '(no log)';
  return readFileSync(daemon.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
