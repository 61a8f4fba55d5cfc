import { join } from 'node:path';
import { Command } from 'commander';
import {
  CONSOLE_PORT,
  Daemon,
  QUERY_API_PORT,
  SERVICES,
  SERVICE_PORTS,
  answers,
  buildApps,
  consoleServices,
  fixtureSiteDaemon,
  kafkaBrokers,
  mongoUri,
  serviceDaemon,
  stackDown,
  stackSettings,
  stackUp,
  startDaemon,
  stopDaemon,
  waitFor,
  waitUntilReady,
} from '@newsflow/local-stack';
import { DEVELOPMENT_CONSOLE_TOKEN } from '@newsflow/console-status';
import { DISTINCT_TEXT_COUNT } from '@newsflow/fixture-site';
import { countArticles, printArticles, queryApiUrl } from './articles';

const AGGREGATOR_PORT = 8081;
const PUBLISHER_PORT = 8082;
const FEED_URL = `http://127.0.0.1:${AGGREGATOR_PORT}/feed/`;
/** The fixture site is on loopback, which the crawler's SSRF guard refuses unless named. */
const FIXTURE_CRAWL_ENV = {
  FEED_URLS: FEED_URL,
  CRAWLER_ALLOWED_PRIVATE_HOSTS: `127.0.0.1:${AGGREGATOR_PORT},127.0.0.1:${PUBLISHER_PORT}`,
  CRAWL_MIN_HOST_DELAY_MS: '100',
};

export function demoCommand(): Command {
  const demo = new Command('demo').description('the whole pipeline on this machine, fed by the local fixture news site');
  demo
    .command('up')
    .description('start Kafka, FerretDB, the fixture site and the four services; wait for the articles to be stored')
    .option('--expect <n>', 'articles to wait for before reporting', String(DISTINCT_TEXT_COUNT))
    .action((options: { expect: string }) => demoUp(Number(options.expect)));
  demo
    .command('down')
    .description('stop the services, the fixture site and the local stack')
    .action(demoDown);
  return demo;
}

async function demoUp(expected: number): Promise<void> {
  const settings = await stackUpAndSettings();
  console.log('building the services (nx build)…');
  buildApps([...SERVICES, 'console', 'query-api']);
  const fixture = fixtureSiteDaemon(settings.home, AGGREGATOR_PORT, PUBLISHER_PORT);
  startDaemon(fixture);
  await waitUntilReady(fixture, () => answers(FEED_URL), 30_000);
  console.log(`fixture site: feed ${FEED_URL}`);
  // The console samples Kafka from the start, so its charts show the pipeline's first burst.
  await startConsole(settings);
  for (const service of SERVICES) {
    const daemon = await startApp(settings, service, SERVICE_PORTS[service], FIXTURE_CRAWL_ENV);
    console.log(`${service}: ready on http://127.0.0.1:${SERVICE_PORTS[service]} (log ${daemon.logFile})`);
  }
  await startQueryApi(settings);
  console.log(`waiting for ${expected} articles in ${mongoUri(settings)}…`);
  await waitFor('the articles', async () => (await countArticles(mongoUri(settings))) >= expected, 180_000, 1000);
  await printArticles(queryApiUrl(), {});
  printWhereToLook(settings.home);
}

/** Starts a built app against the local stack, in development mode, and waits until it is ready. */
async function startApp(
  settings: ReturnType<typeof stackSettings>,
  app: Parameters<typeof serviceDaemon>[1],
  port: number,
  env: NodeJS.ProcessEnv = {},
): Promise<Daemon> {
  const daemon = serviceDaemon(settings.home, app, {
    NODE_ENV: 'development',
    KAFKA_BROKERS: kafkaBrokers(settings).join(','),
    MONGO_URI: mongoUri(settings),
    HTTP_PORT: String(port),
    ...env,
  });
  startDaemon(daemon);
  await waitUntilReady(daemon, () => answers(`http://127.0.0.1:${port}/health/ready`), 60_000);
  return daemon;
}

/** The dashboard, in development mode: it takes the development token unless CONSOLE_ADMIN_TOKEN is set. */
async function startConsole(settings: ReturnType<typeof stackSettings>): Promise<void> {
  const daemon = await startApp(settings, 'console', CONSOLE_PORT, {
    CONSOLE_SERVICES: `${consoleServices(SERVICE_PORTS)},query-api=${queryApiUrl()}`,
    QUERY_API_URL: queryApiUrl(),
    ...(process.env['CONSOLE_ADMIN_TOKEN'] ? { CONSOLE_ADMIN_TOKEN: process.env['CONSOLE_ADMIN_TOKEN'] } : {}),
  });
  console.log(`console: dashboard on http://127.0.0.1:${CONSOLE_PORT}/ (log ${daemon.logFile})`);
}

/** The archive over HTTP, which `newsflow articles` asks. */
async function startQueryApi(settings: ReturnType<typeof stackSettings>): Promise<void> {
  const daemon = await startApp(settings, 'query-api', QUERY_API_PORT);
  console.log(`query API: http://127.0.0.1:${QUERY_API_PORT}/articles, OpenAPI at /docs (log ${daemon.logFile})`);
}

async function stackUpAndSettings() {
  const settings = stackSettings();
  await stackUp(console.log, settings);
  return settings;
}

function printWhereToLook(home: string): void {
  console.log(`
The pipeline runs. Where to look:
  dashboard            http://127.0.0.1:${CONSOLE_PORT}/   (log in with CONSOLE_ADMIN_TOKEN; unless set, the development token ${DEVELOPMENT_CONSOLE_TOKEN})
  terminal summary     npx newsflow status
  stored articles      npx newsflow articles list [--body "Federal Bureau of Investigation"] [--json]   (the query API: http://127.0.0.1:${QUERY_API_PORT}/docs)
  feeds                npx newsflow feeds list   (add one: npx newsflow feeds add <url>)
  service health       curl http://127.0.0.1:${SERVICE_PORTS.archiver}/health/ready   (crawler ${SERVICE_PORTS.crawler}, cleaner ${SERVICE_PORTS.cleaner}, enricher ${SERVICE_PORTS.enricher})
  metrics              curl http://127.0.0.1:${SERVICE_PORTS.cleaner}/metrics
  logs                 ${join(home, 'services')}/*.log
  stop everything      npx newsflow demo down`);
}

async function demoDown(): Promise<void> {
  const settings = stackSettings();
  const apps = [...SERVICES, 'console' as const, 'query-api' as const].map((app) => serviceDaemon(settings.home, app, {}));
  for (const daemon of [...apps, fixtureSiteDaemon(settings.home, 0, 0)]) {
    console.log(`${daemon.name}: ${(await stopDaemon(daemon)) ? 'stopped' : 'was not running'}`);
  }
  await stackDown(console.log, settings);
}
