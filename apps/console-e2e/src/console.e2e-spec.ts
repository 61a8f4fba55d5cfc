import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { Topics } from '@newsflow/contracts';
import {
  Daemon,
  SERVICES,
  ServiceName,
  answers,
  consoleServices,
  kafkaBrokers,
  serviceDaemon,
  stackSettings,
  stackUp,
  startDaemon,
  stopDaemon,
  waitUntilReady,
  workspaceRoot,
} from '@newsflow/local-stack';
import { Browser, launchBrowser } from './browser';

/** Ports of this test's own service and console processes, apart from the demo's and the pipeline test's. */
const SERVICE_PORTS: Record<ServiceName, number> = { crawler: 3311, cleaner: 3312, enricher: 3313, archiver: 3314 };
const CONSOLE_PORT = 3315;
const REFRESH_MS = 2000;
/** How long the console waits for a service's health answer before calling it down. */
const PROBE_TIMEOUT_MS = 2000;

/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core), against the local
 * Kafka and FerretDB and the four services and the console running as separate processes.
 */
describe('console dashboard in a browser', () => {
  const settings = stackSettings();
  const home = mkdtempSync(join(tmpdir(), 'newsflow-console-e2e-'));
  const database = `console_e2e_${randomUUID().slice(0, 8)}`;
  const mongoUri = `mongodb://127.0.0.1:${settings.mongoPort}/${database}`;
  const token = randomBytes(24).toString('hex');
  const consoleUrl = `http://127.0.0.1:${CONSOLE_PORT}`;
  const daemons = new Map<string, Daemon>();
  let browser: Browser;

  const env = (port: number, extra: NodeJS.ProcessEnv = {}) => ({
    NODE_ENV: 'test',
    KAFKA_BROKERS: kafkaBrokers(settings).join(','),
    MONGO_URI: mongoUri,
    HTTP_PORT: String(port),
    LOG_LEVEL: 'info',
    ...extra,
  });

  async function start(app: ServiceName | 'console', port: number, extra?: NodeJS.ProcessEnv): Promise<void> {
    const daemon = serviceDaemon(home, app, env(port, extra));
    daemons.set(app, daemon);
    startDaemon(daemon);
    await waitUntilReady(daemon, () => answers(`http://127.0.0.1:${port}/health/ready`), 90_000);
  }

  beforeAll(async () => {
    await stackUp(() => undefined, settings);
    await Promise.all(SERVICES.map((service) => start(service, SERVICE_PORTS[service])));
    await start('console', CONSOLE_PORT, {
      CONSOLE_ADMIN_TOKEN: token,
      CONSOLE_SERVICES: consoleServices(SERVICE_PORTS),
      CONSOLE_REFRESH_MS: String(REFRESH_MS),
      CONSOLE_SAMPLE_INTERVAL_MS: '1000',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([...daemons.values()].map((daemon) => stopDaemon(daemon)));
    const mongo = await new MongoClient(mongoUri).connect();
    await mongo.db().dropDatabase();
    await mongo.close();
  });

  it('refuses unauthenticated access to the page, the API and the admin actions', async () => {
    expect((await fetch(`${consoleUrl}/api/status`)).status).toBe(401);
    expect((await fetch(`${consoleUrl}/api/status`, { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
    expect((await fetch(`${consoleUrl}/api/dead-letters/x/replay`, { method: 'POST' })).status).toBe(401);

    const { page } = browser;
    await page.goto(consoleUrl);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=token]', 'not-the-token');
    await page.click('button[type=submit]');
    await page.waitForSelector('#login-failed:not([hidden])');
    expect(new URL(page.url()).pathname).toBe('/login');
    await browser.screenshot('login-refused');
  });

  it('logs in and shows every service healthy, Kafka and MongoDB up', async () => {
    const { page } = browser;
    await page.fill('input[name=token]', token);
    await page.click('button[type=submit]');
    await page.waitForURL(`${consoleUrl}/`);
    for (const service of SERVICES) await page.waitForSelector(`tr[data-service="${service}"][data-state="ready"]`);
    await page.waitForSelector('#overall[data-state="healthy"]');
    await page.waitForSelector('#kafka-state[data-state="up"]');
    await page.waitForSelector('#mongo-state[data-state="up"]');
    expect(await page.textContent(`tr[data-service="cleaner"]`)).toMatch(/kafka up/);
    // Each service's own counters, read from its /metrics.
    expect(await page.textContent(`tr[data-service="cleaner"]`)).toMatch(/duplicates skipped \d+/);
    expect(await page.textContent(`tr[data-service="crawler"]`)).toMatch(/fetches \d+/);
    await browser.screenshot('healthy');
  });

  it('prints the same health summary in the terminal: newsflow status', () => {
    const root = workspaceRoot();
    const status = spawnSync(process.execPath, [join(root, 'bin', 'newsflow.js'), 'status', '--url', consoleUrl], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONSOLE_ADMIN_TOKEN: token },
    });
    expect(status.stdout).toMatch(/^newsflow: healthy/);
    for (const service of SERVICES) expect(status.stdout).toMatch(new RegExp(`${service}\\s+ready\\s+\\d+\\.\\d+\\.\\d+`));
    expect(status.status).toBe(0);
  });

  it('shows a dead letter with its reason and payload, and replays it to its source topic', async () => {
    const { page } = browser;
    const key = `console-e2e-${randomUUID()}`;
    const payload = `{"malformed": "${key}`;
    const producer = new Kafka({ clientId: 'newsflow-console-e2e', brokers: kafkaBrokers(settings), logLevel: logLevel.ERROR }).producer();
    await producer.connect();
    await producer.send({ topic: Topics.rawPages, messages: [{ key, value: payload }] });
    await producer.disconnect();

    const letter = page.locator(`li[data-key="${key}"]`);
    await letter.first().waitFor({ timeout: 90_000 });
    await expect(letter.first().locator('.reason').textContent()).resolves.toMatch(/not JSON/);
    await expect(letter.first().locator('.payload').textContent()).resolves.toBe(payload);
    await browser.screenshot('dead-letter');

    await letter.first().locator('button.replay').click();
    await page.waitForSelector(`li[data-key="${key}"][data-replayed="yes"]`);
    await expect(page.textContent('#replay-result')).resolves.toContain(`to ${Topics.rawPages}`);
    // Back on its source topic, the same payload is rejected again by the cleaner: a second letter with the key.
    await page.waitForFunction(`document.querySelectorAll('li[data-key="${key}"]').length === 2`, undefined, { timeout: 90_000 });
    await browser.screenshot('dead-letter-replayed');
  });

  it('shows a stopped service as down within the refresh interval', async () => {
    const { page } = browser;
    const enricher = daemons.get('enricher');
    if (!enricher) throw new Error('the enricher was not started');
    await stopDaemon(enricher);
    // One refresh may have started just before the stop, the next one probes the stopped service.
    await page.waitForSelector('tr[data-service="enricher"][data-state="down"]', { timeout: 2 * REFRESH_MS + PROBE_TIMEOUT_MS });
    await page.waitForSelector('#overall[data-state="degraded"]');
    await browser.screenshot('service-down');
  });
});
