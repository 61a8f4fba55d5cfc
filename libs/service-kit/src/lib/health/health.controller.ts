import { Controller, Get, Inject } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Transport } from '@nestjs/microservices';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorFunction,
  HealthIndicatorService,
  MicroserviceHealthIndicator,
} from '@nestjs/terminus';
import { BaseEnv } from '../config/env';
import { ConsumerLifecycle } from '../lifecycle/consumer-lifecycle';
import { SERVICE_NAME } from '../kafka/tokens';
import { processInfo } from './process-info';

/** Extra readiness checks a service adds (e.g. MongoDB for the archiver). */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly microservice: MicroserviceHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly lifecycle: ConsumerLifecycle,
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

  /**
   * Ready: the broker (and the service's own dependencies) answer and, for a stage, its consumer is
   * in its group (or briefly starting, rebalancing or restarting); `consumer` carries its status and
   * last error either way, for the dashboard.
   */
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
      ...(this.lifecycle.consuming ? [() => this.consumerCheck()] : []),
      ...this.checks,
    ]);
  }

  private consumerCheck() {
    const { ready, ...state } = this.lifecycle.state.snapshot();
    const indicator = this.indicators.check('consumer');
    return ready ? indicator.up(state) : indicator.down(state);
  }
}
