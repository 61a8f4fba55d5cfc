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
import { StageServerKafka } from './kafka/stage-server-kafka';
import { ConsumerLifecycle } from './lifecycle/consumer-lifecycle';
import { ShutdownStep, runShutdown } from './lifecycle/shutdown-sequence';
import { guardMongoDriverWrites } from './mongo/driver-write-guard';

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
 * headers, CORS, body and time limits), not yet listening, its MongoDB driver guarded against a hang
 * (guardMongoDriverWrites). Tests start apps through it too.
 */
export async function createServiceApp<Env extends BaseEnv = BaseEnv>(
  module: Type<unknown>,
  { configure, security }: HttpAppOptions<Env> = {},
): Promise<NestExpressApplication> {
  guardMongoDriverWrites();
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.use(correlateRequest);
  const config = app.get<ConfigService<BaseEnv, true>>(ConfigService);
  hardenHttp(app, security?.(app.get<ConfigService<Env, true>>(ConfigService)) ?? {}, {
    trustProxy: config.get('HTTP_TRUST_PROXY'),
    bodyLimitBytes: config.get('HTTP_BODY_LIMIT_BYTES'),
    headersTimeoutMs: config.get('HTTP_HEADERS_TIMEOUT_MS'),
    requestTimeoutMs: config.get('HTTP_REQUEST_TIMEOUT_MS'),
  });
  configure?.(app);
  return app;
}

/**
 * Starts a newsflow service: HTTP (health, metrics, admin) plus, for a stage, the Kafka consumer of
 * its @EventPattern handlers, in one process that shuts down gracefully on SIGTERM (see stopOnSignals).
 */
export async function bootstrapService<Env extends BaseEnv = BaseEnv>(
  module: Type<unknown>,
  service: string,
  { consumes = true, batches = false, ...http }: BootstrapOptions<Env> = {},
): Promise<NestExpressApplication> {
  const app = await createServiceApp(module, http);
  const config = app.get<ConfigService<BaseEnv, true>>(ConfigService);
  let server: StageServerKafka | undefined;
  if (consumes) {
    const lifecycle = app.get(ConsumerLifecycle);
    const options = consumerTransport(service, config.get('KAFKA_BROKERS')).options ?? {};
    server = batches ? new BatchingServerKafka(options, lifecycle) : new StageServerKafka(options, lifecycle);
    app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
    await app.startAllMicroservices();
  }
  stopOnSignals(app, server, config.get('SHUTDOWN_DEADLINE_MS'));
  await app.listen(config.get('HTTP_PORT'), config.get('HTTP_HOST'));
  app.get(Logger).log(`${service} listening on ${await app.getUrl()}`);
  return app;
}

/**
 * On SIGTERM (or SIGINT): stop consuming first (in-flight records finish or are handed back
 * uncommitted, offsets are committed, the member leaves its group), then close the application
 * (its shutdown hooks flush buffers and close the producer, the store and the HTTP server), all
 * within `deadlineMs`; past it the process exits anyway, with status 1.
 */
function stopOnSignals(app: NestExpressApplication, server: StageServerKafka | undefined, deadlineMs: number): void {
  const logger = app.get(Logger);
  const shutdown = async (signal: NodeJS.Signals) => {
    logger.log({ signal, deadlineMs }, 'shutting down');
    const steps: ShutdownStep[] = [
      ...(server ? [{ name: 'stop consuming', run: () => server.stopConsuming() }] : []),
      { name: 'close the application', run: () => app.close() },
    ];
    const report = await runShutdown(steps, deadlineMs);
    const clean = !report.timedOut && report.failed.length === 0;
    if (clean) logger.log(report, 'shut down');
    else logger.error(report, 'shutdown incomplete');
    process.exit(clean ? 0 : 1);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (received) => void shutdown(received));
}
