import { DynamicModule, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import { MongooseHealthIndicator } from '@nestjs/terminus';
import { READINESS_CHECKS } from '../health/health.controller';

/** The mongoose connection of a service whose environment has MONGO_URI. */
export function mongoFromEnv(): DynamicModule {
  return MongooseModule.forRootAsync({
    inject: [ConfigService],
    useFactory: (config: ConfigService<{ MONGO_URI: string }, true>) => ({ uri: config.get('MONGO_URI') }),
  });
}

/** Readiness of a service that needs MongoDB: Kafka and a ping of its connection. */
export const MONGO_READINESS: Provider = {
  provide: READINESS_CHECKS,
  inject: [MongooseHealthIndicator],
  useFactory: (mongo: MongooseHealthIndicator) => [() => mongo.pingCheck('mongodb')],
};
