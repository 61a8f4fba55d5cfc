import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { DEAD_LETTER_TOPIC, Topics, crawlRequestKey, eventHeaders, TOPIC_SCHEMAS } from '@newsflow/contracts';
import { answers, kafkaBrokers, serviceDaemon, stackSettings, stackUp, waitFor } from '@newsflow/local-stack';
import { newCrawlRequest } from '@newsflow/pipeline';

/** Ports of this suite (the pipeline suite has 3201-3206). */
const SITE_PORT = 3221;
const CRAWLER_PORT = 3222;
const DEADLINE_MS = 15_000;
const PAGES = 8;

/**
 * SIGTERM of the built crawler mid-stream, on the local stack: crawls waiting for their host are
 * handed back (uncommitted), the one being fetched finishes, the process exits within its
 * SHUTDOWN_DEADLINE_MS, and no dead letter is caused; restarted, the crawler takes every request
 * handed back and each page reaches the raw-pages topic.
 */
describe('graceful shutdown of a built service', () => {
  const settings = stackSettings();
  const home = mkdtempSync(join(tmpdir(), 'newsflow-shutdown-'));
  const database = `shutdown_${randomUUID().slice(0, 8)}`;
  const run = randomUUID().slice(0, 8);
  const kafka = new Kafka({ clientId: 'newsflow-shutdown-e2e', brokers: kafkaBrokers(settings), logLevel: logLevel.ERROR });
  const consumers: Consumer[] = [];
  const crawlers: ChildProcess[] = [];
  const served: string[] = [];
  let site: Server;

  beforeAll(async () => {
    await stackUp(() => undefined, settings);
    // A slow site: every page takes 400 ms, and 2 s apart (CRAWL_MIN_HOST_DELAY_MS): a crawl is mostly waiting for the host.
    site = createServer((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      setTimeout(() => {
        served.push(request.url ?? '');
        response.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><article><h1>${request.url}</h1><p>${'words '.repeat(200)}</p></article></body></html>`);
      }, 400);
    });
    site.listen(SITE_PORT, '127.0.0.1');
    await once(site, 'listening');
  });

  afterAll(async () => {
    for (const crawler of crawlers) if (crawler.exitCode === null) crawler.kill('SIGKILL');
    await Promise.all(consumers.map((consumer) => consumer.disconnect()));
    site?.closeAllConnections();
    site?.close();
  });

  /** Records of `topic` published from now on whose value mentions this run. */
  async function watch(topic: string): Promise<string[]> {
    const seen: string[] = [];
    const consumer = kafka.consumer({ groupId: `shutdown-e2e-${run}-${topic}` });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: false });
    const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
    await consumer.run({
      eachMessage: async ({ message }) => {
        const value = message.value?.toString('utf8') ?? '';
        if (value.includes(run)) seen.push(value);
      },
    });
    await joined;
    return seen;
  }

  function startCrawler(): ChildProcess {
    const daemon = serviceDaemon(home, 'crawler', {});
    const crawler = spawn(daemon.command, daemon.args, {
      cwd: daemon.cwd,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        KAFKA_BROKERS: kafkaBrokers(settings).join(','),
        MONGO_URI: `mongodb://127.0.0.1:${settings.mongoPort}/${database}`,
        HTTP_PORT: String(CRAWLER_PORT),
        FEED_URLS: '',
        CRAWLER_ALLOWED_PRIVATE_HOSTS: `127.0.0.1:${SITE_PORT}`,
        CRAWL_MIN_HOST_DELAY_MS: '2000',
        SHUTDOWN_DEADLINE_MS: String(DEADLINE_MS),
      },
    });
    crawlers.push(crawler);
    return crawler;
  }

  const ready = () => waitFor('the crawler ready', () => answers(`http://127.0.0.1:${CRAWLER_PORT}/health/ready`).catch(() => false), 120_000);

  it('hands back the crawls in flight, exits within its deadline, and dead-letters nothing', async () => {
    const rawPages = await watch(Topics.rawPages);
    const deadLetters = await watch(DEAD_LETTER_TOPIC.crawler);
    const producer = kafka.producer();
    await producer.connect();
    const requests = Array.from({ length: PAGES }, (_, index) =>
      newCrawlRequest({ url: `http://127.0.0.1:${SITE_PORT}/${run}/${index}`, followSource: false, origin: 'adhoc' }),
    );
    await producer.send({
      topic: Topics.crawlRequests,
      messages: requests.map((request) => ({
        key: crawlRequestKey(request),
        value: JSON.stringify(request),
        headers: eventHeaders(request, TOPIC_SCHEMAS[Topics.crawlRequests].title),
      })),
    });
    await producer.disconnect();

    const first = startCrawler();
    await ready();
    // Mid-stream: two pages crawled, the others queued for the host.
    await waitFor('two pages crawled', async () => served.filter((url) => url.includes(run)).length >= 2, 120_000);
    const stopping = Date.now();
    first.kill('SIGTERM');
    const [code] = (await once(first, 'exit')) as [number | null];
    const tookMs = Date.now() - stopping;
    const crawledBeforeStop = new Set(served.filter((url) => url.includes(run))).size;

    expect(code).toBe(0);
    expect(tookMs).toBeLessThan(DEADLINE_MS);
    expect(crawledBeforeStop).toBeLessThan(PAGES);

    const second = startCrawler();
    await ready();
    await waitFor('every page on the raw-pages topic', async () => new Set(rawPages.map(urlOf)).size === PAGES, 120_000);
    second.kill('SIGTERM');
    expect((await once(second, 'exit'))[0]).toBe(0);

    expect(deadLetters).toEqual([]);
    expect(new Set(rawPages.map(urlOf))).toEqual(new Set(requests.map((request) => request.url)));
  });
});

const urlOf = (rawPage: string) => (JSON.parse(rawPage) as { provenance: { sourceUrl: string } }).provenance.sourceUrl;
