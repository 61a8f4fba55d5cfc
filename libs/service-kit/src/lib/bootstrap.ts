import { Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { BaseEnv } from './config/env';
import { HttpSecurity, hardenHttp } from './http/http-hardening';
import { correlateRequest } from './http/request-correlation';
import { BatchingServerKafka } from './kafka/batching-server-kafka';
import { consumerTransport } from './kafka/kafka-options';

/** How a service's HTTP port differs from the others'. */
export interface HttpAppOptions<Env extends BaseEnv = BaseEnv> {
  /** Express-level set-up before listening (static assets, cookies). */
  configure?: (app: NestExpressApplication) => void;
  /** The port's CSP, TLS and CORS origins, from its settings; default: a JSON-only port, no TLS, no CORS. */
  security?: (config: ConfigService<Env, true>) => HttpSecurity;
}

export interface BootstrapOptions<Env extends BaseEnv = BaseEnv> extends HttpAppOptions<Env> {
  /** Whether the service consumes Kafka through @EventPattern handlers (every pipeline stage does). */
  consumes?: boolean;
  /** Hand the handlers a whole fetched batch at once (see BatchingServerKafka), for stages that group writes. */
  batches?: boolean;
}

/**
 * Creates a service's Nest application with its pino logger and its hardened HTTP port (security
 * headers, CORS, body and time limits), not yet listening. Tests start apps through it too.
 */
export async function createServiceApp<Env extends BaseEnv = BaseEnv>(
  module: Type<unknown>,
  { configure, security }: HttpAppOptions<Env> = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.use(correlateRequest);
  const config = app.get<ConfigService<BaseEnv, true>>(ConfigService);
  hardenHttp(app, security?.(app.get<ConfigService<Env, true>>(ConfigService)) ?? {}, {
    bodyLimitBytes: config.get('HTTP_BODY_LIMIT_BYTES'),
    headersTimeoutMs: config.get('HTTP_HEADERS_TIMEOUT_MS'),
    requestTimeoutMs: config.get('HTTP_REQUEST_TIMEOUT_MS'),
  });
  configure?.(app);
  return app;
}

/**
 * Starts a newsflow service: HTTP (health, metrics, admin) plus, for a stage, the Kafka consumer of
 * its @EventPattern handlers, in one process that drains on SIGTERM.
 */
export async function bootstrapService<Env extends BaseEnv = BaseEnv>(
  module: Type<unknown>,
  service: string,
  { consumes = true, batches = false, ...http }: BootstrapOptions<Env> = {},
): Promise<NestExpressApplication> {
  const app = await createServiceApp(module, http);
  app.enableShutdownHooks();
  const config = app.get<ConfigService<BaseEnv, true>>(ConfigService);
  if (consumes) {
    const transport = consumerTransport(service, config.get('KAFKA_BROKERS'));
    app.connectMicroservice(batches ? { strategy: new BatchingServerKafka(transport.options ?? {}) } : transport, {
      inheritAppConfig: true,
    });
    await app.startAllMicroservices();
  }
  await app.listen(config.get('HTTP_PORT'), config.get('HTTP_HOST'));
  app.get(Logger).log(`${service} listening on ${await app.getUrl()}`);
  return app;
}
