import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ProbeAnswer, ServiceHealth, serviceHealth } from '@newsflow/console-status';
import { ConsoleEnv } from './console.env';

const PROBE_TIMEOUT_MS = 2000;

/** Asks every configured service instance for its liveness, readiness and metrics. */
@Injectable()
export class ServiceProber {
  constructor(private readonly config: ConfigService<ConsoleEnv, true>) {}

  probeAll(): Promise<ServiceHealth[]> {
    return Promise.all(
      this.config.get('CONSOLE_SERVICES', { infer: true }).map(async (endpoint) => {
        const [live, ready, metrics] = await Promise.all([
          probe(`${endpoint.url}/health/live`),
          probe(`${endpoint.url}/health/ready`),
          scrape(`${endpoint.url}/metrics`),
        ]);
        return serviceHealth(endpoint, live, ready, metrics);
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

/** The Prometheus exposition, or undefined when the service does not serve one. */
async function scrape(url: string): Promise<string | undefined> {
  const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).catch(() => undefined);
  return response?.ok ? response.text() : undefined;
}
