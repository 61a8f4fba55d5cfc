import { DynamicModule, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import { MongooseHealthIndicator } from '@nestjs/terminus';
import type { Connection } from 'mongoose';
import { READINESS_CHECKS } from '../health/health.controller';
import { logMongoTopology } from '../logging/mongo-log';

/** The MongoDB settings of a service's environment (mongoEnvShape). */
export interface MongoEnv {
  MONGO_URI: string;
  MONGO_SOCKET_TIMEOUT_MS: number;
  MONGO_MAX_POOL_SIZE: number;
}

/** The driver options every MongoDB client of a service takes from its environment: bounded time and connections. */
export function mongoClientOptions(config: ConfigService<MongoEnv, true>): { socketTimeoutMS: number; maxPoolSize: number } {
  return { socketTimeoutMS: config.get('MONGO_SOCKET_TIMEOUT_MS'), maxPoolSize: config.get('MONGO_MAX_POOL_SIZE') };
}

/** The mongoose connection of a service whose environment has the MongoDB settings. */
export function mongoFromEnv(): DynamicModule {
  return MongooseModule.forRootAsync({
    inject: [ConfigService],
    useFactory: (config: ConfigService<MongoEnv, true>) => ({
      uri: config.get('MONGO_URI'),
      ...mongoClientOptions(config),
      connectionFactory: (connection: Connection) => {
        logMongoTopology(connection.getClient());
        return connection;
      },
    }),
  });
}

/** Readiness of a service that needs MongoDB: Kafka and a ping of its connection. */
export const MONGO_READINESS: Provider = {
  provide: READINESS_CHECKS,
  inject: [MongooseHealthIndicator],
  useFactory: (mongo: MongooseHealthIndicator) => [() => mongo.pingCheck('mongodb')],
};
