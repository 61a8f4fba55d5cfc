import { INestApplication, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { BaseEnv } from './config/env';
import { consumerTransport } from './kafka/kafka-options';

/**
 * Starts a newsflow service: HTTP (health, metrics, admin) plus the Kafka consumer of the
 * service's @EventPattern handlers, in one process that drains on SIGTERM.
 */
export async function bootstrapService(module: Type<unknown>, service: string): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const config = app.get<ConfigService<BaseEnv, true>>(ConfigService);
  app.connectMicroservice(consumerTransport(service, config.get('KAFKA_BROKERS')), { inheritAppConfig: true });
  await app.startAllMicroservices();
  await app.listen(config.get('HTTP_PORT'), config.get('HTTP_HOST'));
  app.get(Logger).log(`${service} listening on ${await app.getUrl()}`);
  return app;
}
