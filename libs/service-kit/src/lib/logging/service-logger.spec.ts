import { PassThrough } from 'node:stream';
import { INestApplicationContext, Logger as NestLogger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { Logger, LoggerModule } from 'nestjs-pino';
import { Topics, exampleRawPage, withCorrelation } from '@newsflow/contracts';
import { EventPublisher } from '../kafka/event-publisher';
import { EventReceiver } from '../kafka/event-receiver';
import { RECORD_RETRIES, SERVICE_NAME } from '../kafka/tokens';
import { ConsumerLifecycle } from '../lifecycle/consumer-lifecycle';
import { StageMetrics } from '../metrics/stage-metrics';
import { serviceLoggerOptions } from './service-logger';

/** Nest's Logger through nestjs-pino, configured as every service is, writing JSON lines into `lines`. */
describe('service logs carry the correlation id of what is handled', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = new NestLogger('Stage');
  let app: INestApplicationContext;

  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => chunk.toString('utf8').split('\n').filter(Boolean).forEach((line) => lines.push(JSON.parse(line))));
    const module = await Test.createTestingModule({
      imports: [LoggerModule.forRoot({ pinoHttp: [serviceLoggerOptions('cleaner', 'info'), stream] })],
      providers: [
        EventReceiver,
        StageMetrics,
        { provide: ConsumerLifecycle, useValue: new ConsumerLifecycle(60_000) },
        { provide: SERVICE_NAME, useValue: 'cleaner' },
        // The handlers here succeed at the first attempt.
        { provide: RECORD_RETRIES, useValue: { attempts: 1, maxMs: 0, baseDelayMs: 0, maxDelayMs: 0 } },
        // Valid records publish nothing from the receiver itself.
        { provide: EventPublisher, useValue: {} },
      ],
    }).compile();
    app = module.createNestApplication({ bufferLogs: true });
    app.useLogger(app.get(Logger));
    await app.init();
  });

  afterAll(() => app.close());

  const logged = (msg: string) => lines.filter((line) => line['msg'] === msg);

  it('adds the id of a received record to every line its handler logs, after awaits too', async () => {
    const record = { ...exampleRawPage, correlationId: 'corr-from-the-crawl-request' };
    const message = { key: null, value: Buffer.from(JSON.stringify(record)), offset: '7', timestamp: '0', attributes: 0, headers: {} };
    // The receiver reads the record, its partition and topic; consumer and producer are not used.
    const context = new KafkaContext([message, 0, Topics.rawPages] as unknown as ConstructorParameters<typeof KafkaContext>[0]);
    await app.get(EventReceiver).handle(Topics.rawPages, context, async (page) => {
      logger.log({ articleId: page.articleId }, 'handling a page');
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.warn('still handling');
    });
    logger.log('between records');

    expect(logged('handling a page')).toEqual([expect.objectContaining({ correlationId: 'corr-from-the-crawl-request', articleId: record.articleId, name: 'cleaner' })]);
    expect(logged('still handling')).toEqual([expect.objectContaining({ correlationId: 'corr-from-the-crawl-request' })]);
    expect(logged('between records')[0]).not.toHaveProperty('correlationId');
  });

  it('keeps the ids of records handled at once apart', async () => {
    await Promise.all(
      ['first', 'second'].map((id, index) =>
        withCorrelation(id, async () => {
          await new Promise((resolve) => setTimeout(resolve, 10 - 5 * index));
          logger.log({ id }, 'concurrent');
        }),
      ),
    );
    expect(logged('concurrent').map((line) => [line['id'], line['correlationId']])).toEqual([
      ['second', 'second'],
      ['first', 'first'],
    ]);
  });
});
