import { Module } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp } from '../bootstrap';
import { ConsumerLifecycle } from '../lifecycle/consumer-lifecycle';
import { ServiceCoreModule } from '../service-kit.module';

/** /health/ready over real HTTP; its Kafka check pings the local stack's broker (`newsflow stack up`). */
describe('/health/ready and the stage consumer', () => {
  let app: NestExpressApplication;
  let base: string;
  let lifecycle: ConsumerLifecycle;

  beforeAll(async () => {
    Object.assign(process.env, { HTTP_PORT: '0', LOG_LEVEL: 'silent', CONSUMER_READINESS_GRACE_MS: '60000' });
    @Module({ imports: [ServiceCoreModule.forRoot({ service: 'readiness-test' })] })
    class ReadinessModule {}
    app = await createServiceApp(ReadinessModule);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
    lifecycle = app.get(ConsumerLifecycle);
  });

  afterAll(() => app?.close());

  const ready = async () => {
    const response = await fetch(`${base}/health/ready`);
    return { status: response.status, body: (await response.json()) as { info?: Record<string, unknown>; error?: Record<string, unknown> } };
  };

  it('checks no consumer in a service that consumes nothing', async () => {
    const { status, body } = await ready();
    expect(status).toBe(200);
    expect(body.info?.['consumer']).toBeUndefined();
  });

  it('is ready with a consumer in its group, and fails with the state and last error once it crashed for good', async () => {
    const handlers = new Map<string, (event: { payload?: Record<string, unknown> }) => void>();
    const events = { GROUP_JOIN: 'join', REBALANCING: 'rebalancing', CRASH: 'crash', STOP: 'stop', DISCONNECT: 'disconnect', CONNECT: 'connect' };
    lifecycle.attach({ events, on: (event, listener) => handlers.set(event, listener) });
    handlers.get('join')?.({ payload: { groupId: 'newsflow.readiness-test', memberId: 'member-1' } });
    const joined = await ready();
    expect(joined.status).toBe(200);
    expect(joined.body.info?.['consumer']).toMatchObject({ status: 'up', state: 'running', groupId: 'newsflow.readiness-test' });

    handlers.get('crash')?.({ payload: { error: new Error('Not authorized to access group'), restart: false } });
    const crashed = await ready();
    expect(crashed.status).toBe(503);
    expect(crashed.body.error?.['consumer']).toMatchObject({ status: 'down', state: 'crashed', lastError: { message: 'Error: Not authorized to access group' } });
  });
});
