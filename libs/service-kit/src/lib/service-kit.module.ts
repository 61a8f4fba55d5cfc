import { DynamicModule, Module, Provider } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ClientsModule } from '@nestjs/microservices';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { z } from 'zod';
import { ConsumingStage } from '@newsflow/contracts';
import { BaseEnv, baseEnvSchema, envValidator, recordRetrySettings } from './config/env';
import { EventPublisher } from './kafka/event-publisher';
import { EventReceiver } from './kafka/event-receiver';
import { producerTransport } from './kafka/kafka-options';
import { KAFKA_PRODUCER, RECORD_RETRIES, SERVICE_NAME } from './kafka/tokens';
import { HealthController, READINESS_CHECKS } from './health/health.controller';
import { ConsumerLifecycle } from './lifecycle/consumer-lifecycle';
import { MetricsController } from './metrics/metrics.controller';
import { StageMetrics } from './metrics/stage-metrics';
import { serviceLoggerOptions } from './logging/service-logger';

export interface ServiceCoreOptions {
  service: string;
  /** The service's environment schema, an extension of baseEnvSchema. */
  envSchema?: z.ZodType<BaseEnv>;
  /** Provides READINESS_CHECKS when the service has dependencies beyond Kafka. */
  readinessChecks?: Provider;
}

/** What every newsflow process serving HTTP shares: validated config, pino logs, health endpoints, Prometheus metrics. */
@Module({})
export class ServiceCoreModule {
  static forRoot({ service, envSchema = baseEnvSchema, readinessChecks }: ServiceCoreOptions): DynamicModule {
    return {
      module: ServiceCoreModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, cache: true, validate: envValidator(envSchema) }),
        LoggerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<BaseEnv, true>) => ({
            pinoHttp: serviceLoggerOptions(service, config.get('LOG_LEVEL')),
          }),
        }),
        TerminusModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        readinessChecks ?? { provide: READINESS_CHECKS, useValue: [] },
        StageMetrics,
        {
          provide: ConsumerLifecycle,
          inject: [ConfigService],
          useFactory: (config: ConfigService<BaseEnv, true>) => new ConsumerLifecycle(config.get('CONSUMER_READINESS_GRACE_MS'), { stallMs: config.get('CONSUMER_STALL_MS') }),
        },
      ],
      exports: [SERVICE_NAME, StageMetrics, ConsumerLifecycle],
    };
  }
}

export interface ServiceKitOptions extends ServiceCoreOptions {
  service: ConsumingStage;
}

/** A pipeline stage: the service core plus the Kafka producer and contract-checked receiving with dead letters. */
@Module({})
export class ServiceKitModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    return {
      module: ServiceKitModule,
      global: true,
      imports: [
        ServiceCoreModule.forRoot(options),
        ClientsModule.registerAsync([
          {
            name: KAFKA_PRODUCER,
            inject: [ConfigService],
            useFactory: (config: ConfigService<BaseEnv, true>) =>
              producerTransport(options.service, config.get('KAFKA_BROKERS')),
          },
        ]),
      ],
      providers: [
        EventPublisher,
        EventReceiver,
        {
          provide: RECORD_RETRIES,
          inject: [ConfigService],
          useFactory: (config: ConfigService<BaseEnv, true>) => recordRetrySettings((key) => config.get(key)),
        },
      ],
      exports: [EventPublisher, EventReceiver],
    };
  }
}
