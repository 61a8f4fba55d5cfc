import { Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { BaseEnv } from './config/env';
import { BatchingServerKafka } from './kafka/batching-server-kafka';
import { consumerTransport } from './kafka/kafka-options';

export interface BootstrapOptions {
  /** Whether the service consumes Kafka through @EventPattern handlers (every pipeline stage does). */
  consumes?: boolean;
  /** Hand the handlers a whole fetched batch at once (see BatchingServerKafka), for stages that group writes. */
  batches?: boolean;
  /** Express-level set-up before listening (static assets, cookies). */
  configure?: (app: NestExpressApplication) => void;
}

/**
 * Starts a newsflow service: HTTP (health, metrics, admin) plus, for a stage, the Kafka consumer of
 * its @EventPattern handlers, in one process that drains on SIGTERM.
 */
export async function bootstrapService(
  module: Type<unknown>,
  service: string,
  { consumes = true, batches = false, configure }: BootstrapOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  configure?.(app);
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
