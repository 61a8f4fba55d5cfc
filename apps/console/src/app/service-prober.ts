import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ProbeAnswer, ServiceHealth, serviceHealth } from '@newsflow/console-status';
import { ConsoleEnv } from './console.env';

const PROBE_TIMEOUT_MS = 2000;

/** Asks every configured service instance for its liveness and readiness. */
@Injectable()
export class ServiceProber {
  constructor(private readonly config: ConfigService<ConsoleEnv, true>) {}

  probeAll(): Promise<ServiceHealth[]> {
    return Promise.all(
      this.config.get('CONSOLE_SERVICES', { infer: true }).map(async (endpoint) => {
        const [live, ready] = await Promise.all([probe(`${endpoint.url}/health/live`), probe(`${endpoint.url}/health/ready`)]);
        return serviceHealth(endpoint, live, ready);
      }),
    );
  }
}

async function probe(url: string): Promise<ProbeAnswer> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS), headers: { accept: 'application/json' } });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause;
    return { error: cause?.message ?? (error as Error).message };
  }
}
