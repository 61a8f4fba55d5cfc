import { Controller, Get, Inject } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Transport } from '@nestjs/microservices';
import { HealthCheck, HealthCheckService, HealthIndicatorFunction, MicroserviceHealthIndicator } from '@nestjs/terminus';
import { BaseEnv } from '../config/env';
import { SERVICE_NAME } from '../kafka/tokens';
import { processInfo } from './process-info';

/** Extra readiness checks a service adds (e.g. MongoDB for the archiver). */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly microservice: MicroserviceHealthIndicator,
    private readonly config: ConfigService<BaseEnv, true>,
    @Inject(READINESS_CHECKS) private readonly checks: HealthIndicatorFunction[],
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  /** Alive: the process answers. Orchestrators restart it when this fails. Carries version and uptime for dashboards. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([() => ({ process: { status: 'up', ...processInfo(this.service) } })]);
  }

  /** Ready: the broker (and the service's own dependencies) answer. */
  @Get('ready')
  @HealthCheck()
  ready() {
    const brokers = this.config.get('KAFKA_BROKERS', { infer: true });
    return this.health.check([
      () =>
        this.microservice.pingCheck('kafka', {
          transport: Transport.KAFKA,
          options: { client: { brokers, clientId: 'newsflow-health' }, producerOnlyMode: true, postfixId: '' },
          timeout: 3000,
        }),
      ...this.checks,
    ]);
  }
}
