import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { CrawlRequest, Topics, parseOutgoingEvent } from '@newsflow/contracts';
import { ADMIN_CRAWL_PATH } from '@newsflow/pipeline';
import { AuthFailureThrottle, ServiceKitModule } from '@newsflow/service-kit';
import { AdhocCrawlAccepted, AdhocCrawlController } from './adhoc-crawl.controller';
import { AdminTokenGuard } from './admin-token.guard';
import { crawlerEnvSchema } from './crawler.env';

/** Publishes to the real Kafka of the local stack (`newsflow stack up`) and reads the request back. */
const BROKERS = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const TOKEN = `test-token-${randomUUID()}`;

describe('ad-hoc crawl admin endpoint (HTTP, real Kafka)', () => {
  let app: INestApplication;
  let consumer: Consumer;
  let url: string;
  const received: CrawlRequest[] = [];

  beforeAll(async () => {
    Object.assign(process.env, { NODE_ENV: 'test', HTTP_PORT: '0', MONGO_URI: 'mongodb://127.0.0.1:27017/unused', CRAWLER_ADMIN_TOKEN: TOKEN });
    const module = await Test.createTestingModule({
      imports: [ServiceKitModule.forRoot({ service: 'crawler', envSchema: crawlerEnvSchema })],
      controllers: [AdhocCrawlController],
      providers: [AuthFailureThrottle, AdminTokenGuard],
    }).compile();
    app = module.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}${ADMIN_CRAWL_PATH}`;
    consumer = new Kafka({ clientId: 'adhoc-crawl-test', brokers: BROKERS, logLevel: logLevel.NOTHING }).consumer({
      groupId: `test-adhoc-crawl-${randomUUID()}`,
    });
    await consumer.connect();
    // From the start: a fresh group's "latest" is only fixed once it joins, which may be after our request.
    await consumer.subscribe({ topic: Topics.crawlRequests, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const parsed = parseOutgoingEvent(Topics.crawlRequests, JSON.parse(message.value?.toString() ?? 'null'));
        if (parsed.ok) received.push(parsed.event);
      },
    });
  }, 60_000);

  afterAll(async () => {
    await consumer?.disconnect();
    await app?.close();
  });

  const post = (body: unknown, token = TOKEN) =>
    fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses a request without the admin token', async () => {
    expect((await post({ url: 'https://news.example.org/a' }, 'wrong-token-wrong-token')).status).toBe(401);
  });

  it('refuses URLs that are not http(s)', async () => {
    const refused = await post({ url: 'file:///etc/passwd' });
    expect(refused.status).toBe(400);
  });

  it('puts an ad-hoc crawl request keyed by host on the crawl-request topic', async () => {
    // A private address: a crawler reading the shared topic later (the e2e run) refuses it at once, with no DNS or network wait.
    const page = `http://10.255.255.1/adhoc/${randomUUID()}`;
    const accepted = await post({ url: page });
    expect(accepted.status).toBe(202);
    const { eventId, correlationId, topic } = (await accepted.json()) as AdhocCrawlAccepted;
    expect(topic).toBe(Topics.crawlRequests);
    const deadline = Date.now() + 30_000;
    while (!received.some((request) => request.eventId === eventId) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(received.find((request) => request.eventId === eventId)).toMatchObject({
      url: page,
      followSource: true,
      origin: 'adhoc',
      correlationId,
    });
  }, 60_000);
});
