import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
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
import { Browser, launchBrowser, recordCspViolations, waitForExpression } from './browser';

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
  /** Every CSP violation reported in the browser's page, from the first test on. */
  let violations: string[];

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
    violations = await recordCspViolations(browser.page);
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

  it('loads the login page and the dashboard under their CSP with no violation reported', async () => {
    const { page } = browser;
    await page.reload();
    await page.waitForSelector('#overall[data-state="healthy"]');
    // Both charts drawn, and a refresh or two done, before counting.
    await waitForExpression(page, `['throughput-chart', 'lag-chart'].every((id) => window.Chart?.getChart(id))`);
    await page.waitForTimeout(2 * REFRESH_MS);
    expect(violations).toEqual([]);

    // The recorder hears what the policy refuses: an inline script injected into the page.
    const reported = page.waitForEvent('console', (message) => /securitypolicyviolation: script-src-elem blocked inline/.test(message.text()));
    await page.evaluate(`document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.injected = true' }))`);
    await reported;
    expect(await page.evaluate('window.injected')).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
    violations.length = 0;
  });

  it('answers with the security headers on every HTTP port, and refuses cross-origin requests', async () => {
    const ports = Object.values(SERVICE_PORTS);
    for (const port of ports) {
      for (const path of ['/health/live', '/metrics']) {
        const { headers } = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(headers.get('content-security-policy')).toBe("default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'");
        expectCommonHeaders(headers);
      }
    }
    const consolePage = await fetch(`${consoleUrl}/login`);
    expect(consolePage.headers.get('content-security-policy')).toMatch(/^default-src 'none';script-src 'self';style-src 'self';/);
    expectCommonHeaders(consolePage.headers);

    for (const port of [...ports, CONSOLE_PORT]) {
      const refused = await fetch(`http://127.0.0.1:${port}/health/live`, { headers: { origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' } });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
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
    // A locator, not waitForFunction, whose polls the page's CSP refuses (see waitForExpression).
    await letter.nth(1).waitFor({ timeout: 90_000 });
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

  it('refuses to be framed by a page on another loopback origin', async () => {
    const { page } = browser;
    const framer = await serveFramingPage(`${consoleUrl}/`);
    try {
      const refused = page.waitForEvent('console', (message) => message.text().includes(`'${consoleUrl}/' violates`) && /frame-ancestors/.test(message.text()));
      await page.goto(framer.url);
      await refused;
      // The same page frames a page of its own origin: frames load here, the console's does not.
      await expect(page.frameLocator('#control').locator('#framed').textContent()).resolves.toBe('framed');
      const consoleFrame = await (await page.$('#console'))?.contentFrame();
      expect(consoleFrame).toBeTruthy();
      expect(consoleFrame?.url()).not.toBe(`${consoleUrl}/`);
      expect(await consoleFrame?.$$('#overall, input[name=token]')).toEqual([]);
      expect(violations.join('\n')).toMatch(/frame-ancestors/);
      await browser.screenshot('framing-refused');
    } finally {
      await framer.close();
    }
  });
});

/** What every port sends besides its CSP, over plain HTTP and to a request without Origin (null: not sent). */
const SHARED_HEADERS: Record<string, string | null> = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-powered-by': null,
  'strict-transport-security': null,
  'access-control-allow-origin': null,
};

function expectCommonHeaders(headers: Headers): void {
  expect(Object.fromEntries(Object.keys(SHARED_HEADERS).map((name) => [name, headers.get(name)]))).toEqual(SHARED_HEADERS);
}

/** A page on another loopback origin that frames `target` (and, as a control, a page of its own origin). */
async function serveFramingPage(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    if (request.url === '/control') return response.end('<!doctype html><p id="framed">framed</p>');
    response.end(`<!doctype html><title>framing</title><iframe id="console" src="${target}"></iframe><iframe id="control" src="/control"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Chromium keeps spare connections open that carry no request yet: do not wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
