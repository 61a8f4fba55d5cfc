import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { currentCorrelationId, newEnvelope } from '@newsflow/contracts';
import { createServiceApp } from '../bootstrap';
import { ServiceCoreModule } from '../service-kit.module';

/** What a handler sees of its request's correlation, after the body is read and an await. */
@Controller('correlation')
class CorrelationController {
  @Get()
  async current(): Promise<{ handled?: string }> {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return { handled: currentCorrelationId() };
  }

  @Post()
  async publishFrom(@Body() _body: unknown): Promise<{ handled?: string; event: string }> {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return { handled: currentCorrelationId(), event: newEnvelope('crawler', '1.0').correlationId };
  }
}

describe('HTTP requests are handled in a correlation (shared bootstrap, real HTTP on loopback)', () => {
  let app: NestExpressApplication;
  let base: string;

  beforeAll(async () => {
    Object.assign(process.env, { HTTP_PORT: '0', LOG_LEVEL: 'silent' });
    @Module({ imports: [ServiceCoreModule.forRoot({ service: 'correlation-test' })], controllers: [CorrelationController] })
    class CorrelationModule {}
    app = await createServiceApp(CorrelationModule);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(() => app.close());

  it("takes the caller's x-correlation-id, or else x-request-id, and sends it back", async () => {
    for (const [headers, expected] of [
      [{ 'x-correlation-id': 'caller-42' }, 'caller-42'],
      [{ 'x-request-id': 'proxy-7', 'x-correlation-id': 'has space' }, 'proxy-7'],
    ] as const) {
      const response = await fetch(`${base}/correlation`, { headers });
      expect(response.headers.get('x-correlation-id')).toBe(expected);
      await expect(response.json()).resolves.toEqual({ handled: expected });
    }
  });

  it('starts a new correlation for a caller without a fitting id, one per request', async () => {
    const callers: Record<string, string>[] = [{}, { 'x-correlation-id': 'x'.repeat(201) }];
    const ids = await Promise.all(
      callers.map(async (headers) => {
        const response = await fetch(`${base}/correlation`, { headers });
        const { handled } = (await response.json()) as { handled: string };
        expect(response.headers.get('x-correlation-id')).toBe(handled);
        return handled;
      }),
    );
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('gives the events a request publishes its correlation id, past the body parser', async () => {
    const response = await fetch(`${base}/correlation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'admin-crawl-1' },
      body: JSON.stringify({ url: 'https://example.org/a' }),
    });
    await expect(response.json()).resolves.toEqual({ handled: 'admin-crawl-1', event: 'admin-crawl-1' });
  });
});
