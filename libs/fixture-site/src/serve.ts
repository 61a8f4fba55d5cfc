// Local demo: `npx tsx libs/fixture-site/src/serve.ts`, stopped with Ctrl-C.
import { startFixtureSite } from './index';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`${name} must be a TCP port number, got "${raw}"`);
  }
  return port;
}

async function main(): Promise<void> {
  const site = await startFixtureSite({
    aggregatorPort: portFromEnv('FIXTURE_AGGREGATOR_PORT', 8081),
    publisherPort: portFromEnv('FIXTURE_PUBLISHER_PORT', 8082),
  });
  console.log(`Fixture feed: ${site.feedUrl}`);
  console.log(`Aggregator: ${site.aggregatorUrl}  Publishers: ${site.publisherUrl}`);
  const stop = (): void => {
    site.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
