import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Daemon } from './daemon';
import { workspaceRoot } from './settings';

export const SERVICES = ['crawler', 'cleaner', 'enricher', 'archiver'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** HTTP ports (health, metrics) of the services when run locally. */
export const SERVICE_PORTS: Record<ServiceName, number> = { crawler: 3101, cleaner: 3102, enricher: 3103, archiver: 3104 };

/** The console (dashboard) when run locally, and the services it watches there. */
export const CONSOLE_PORT = 3105;

/** The query API (the archive over HTTP) when run locally. */
export const QUERY_API_PORT = 3106;

/** The console's CONSOLE_SERVICES setting for the services listening on `ports`. */
export function consoleServices(ports: Record<ServiceName, number>): string {
  return SERVICES.map((service) => `${service}=http://127.0.0.1:${ports[service]}`).join(',');
}

/** A built app (`nx build <app>`: a service, the console or the query API) run as a background process with its logs under `home`. */
export function serviceDaemon(home: string, service: ServiceName | 'console' | 'query-api', env: NodeJS.ProcessEnv): Daemon {
  const root = workspaceRoot();
  return {
    name: service,
    pidFile: join(home, 'services', `${service}.pid`),
    logFile: join(home, 'services', `${service}.log`),
    command: process.execPath,
    args: ['--enable-source-maps', join(root, 'dist', 'apps', service, 'main.js')],
    cwd: root,
    env,
  };
}

/** The fixture news site (aggregator + publishers) run from source through tsx. */
export function fixtureSiteDaemon(home: string, aggregatorPort: number, publisherPort: number): Daemon {
  const root = workspaceRoot();
  return {
    name: 'fixture site',
    pidFile: join(home, 'services', 'fixture-site.pid'),
    logFile: join(home, 'services', 'fixture-site.log'),
    command: process.execPath,
    args: [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'libs', 'fixture-site', 'src', 'serve.ts')],
    cwd: root,
    env: {
      TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json'),
      FIXTURE_AGGREGATOR_PORT: String(aggregatorPort),
      FIXTURE_PUBLISHER_PORT: String(publisherPort),
    },
  };
}

/** True once `url` answers 2xx. */
export async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  await response.body?.cancel();
  return response.ok;
}

/** Builds apps with Nx (`dist/apps/<app>/main.js`), printing its output. */
export function buildApps(apps: readonly string[]): void {
  const nx = join(workspaceRoot(), 'node_modules', '.bin', 'nx');
  const result = spawnSync(nx, ['run-many', '-t', 'build', '-p', ...apps, '--output-style=static'], { cwd: workspaceRoot(), stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`building ${apps.join(', ')} failed`);
}
