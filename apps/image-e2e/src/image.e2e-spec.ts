import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import {
  CONSOLE_PORT,
  QUERY_API_PORT,
  SERVICE_PORTS,
  StopWaiting,
  consoleServices,
  kafkaBrokers,
  mongoUri,
  run,
  stackSettings,
  stackUp,
  waitFor,
  workspaceRoot,
} from '@newsflow/local-stack';
import { readRuntimeStage } from './runtime-stage';

/** Every image the Dockerfile builds (its APP argument), with the loopback port each is started on here. */
const APPS = { ...SERVICE_PORTS, console: CONSOLE_PORT, 'query-api': QUERY_API_PORT };
type App = keyof typeof APPS;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The images without a Docker engine: for each app, the runtime stage of deploy/Dockerfile reproduced
 * step by step (the `nx build` output copied into an empty folder outside the workspace, the stage's own
 * install command run there, its ENV and CMD), then the service started against the local stack until
 * /health/ready answers 200, and stopped with SIGTERM as an orchestrator would.
 */
describe('service images (the Dockerfile runtime stage, without an engine)', () => {
  const root = workspaceRoot();
  const stage = readRuntimeStage(join(root, 'deploy', 'Dockerfile'));
  const settings = stackSettings();
  const scratch = mkdtempSync(join(tmpdir(), 'newsflow-images-'));
  const databaseUri = mongoUri(settings).replace(/\/newsflow$/, `/images_${randomUUID().slice(0, 8)}`);

  // Only what a slim image has: no workspace node_modules above the folders, no NODE_PATH.
  const base = { PATH: process.env['PATH'], HOME: process.env['HOME'] };

  beforeAll(() => stackUp(() => undefined, settings));
  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    const client = await new MongoClient(databaseUri).connect();
    await client.db().dropDatabase();
    await client.close();
  });

  it('runs as a non-root user and installs production dependencies only', () => {
    expect(stage.user).toBeDefined();
    expect(stage.user).not.toMatch(/^(root|0)$/);
    expect(stage.install).toEqual(expect.arrayContaining(['npm', 'install', '--omit=dev']));
    expect(stage.env['NODE_ENV']).toBe('production');
    expect(readFileSync(join(root, '.dockerignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
  });

  it.each(Object.keys(APPS) as App[])('%s starts from its image folder and becomes ready', async (app) => {
    const folder = install(app);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['devDependencies']).toBeUndefined();
    const exit = await startUntilReady(app, folder, {
      ...base,
      ...stage.env,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(APPS[app]),
      KAFKA_BROKERS: kafkaBrokers(settings).join(','),
      MONGO_URI: databaseUri,
      CRAWLER_ADMIN_TOKEN: `image-test-crawler-${randomUUID()}`,
      CONSOLE_ADMIN_TOKEN: `image-test-console-${randomUUID()}`,
      CONSOLE_SERVICES: consoleServices(SERVICE_PORTS),
    });
    // Nest's shutdown hooks close the app, then end the process with the signal it received.
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
  });

  /** The `nx build` output copied into an empty folder, and the stage's install run there (from npm's cache when it can). */
  function install(app: App): string {
    const folder = join(scratch, app);
    cpSync(join(root, 'dist', 'apps', app), folder, { recursive: true });
    const [command, ...args] = stage.install;
    run(command, [...args, '--prefer-offline'], { cwd: folder, env: base });
    return folder;
  }

  /** Starts the CMD, waits for readiness, sends SIGTERM and resolves with how the process ended. */
  async function startUntilReady(app: App, folder: string, env: NodeJS.ProcessEnv): Promise<Exit> {
    const child = spawn(stage.command[0], stage.command.slice(1), { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    try {
      await waitFor(
        `${app} /health/ready`,
        async () => {
          if (child.exitCode !== null) throw new StopWaiting(`${app} exited ${child.exitCode}:\n${output}`);
          return (await fetch(`http://127.0.0.1:${APPS[app]}/health/ready`)).ok;
        },
        120_000,
      );
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n--- ${app} output ---\n${output.slice(-4000)}`);
    }
    child.kill('SIGTERM');
    return exited;
  }
});
