import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { counterTotal } from '@newsflow/console-status';
import { ADMIN_FEEDS_PATH, FeedView } from '@newsflow/feed-registry';
import { Daemon, ServiceName, answers, runningPid, serviceDaemon, startDaemon, stopDaemon, waitFor, waitUntilReady } from '@newsflow/local-stack';
import { faultBrokers, faultMongoUri, faultStackSettings } from './fault-stack';

/** HTTP ports of the suite's services: the first instance of each, then a second cleaner and enricher. */
const PORTS: Record<ServiceName, number[]> = { crawler: [3201], cleaner: [3202, 3205], enricher: [3203, 3206], archiver: [3204] };

export const ADMIN_TOKEN = `faults-admin-${randomUUID()}`;

/**
 * The built services of one spec file as processes on the suite's stack, writing into a database of
 * their own; instances can be killed, terminated and started again mid-stream.
 */
export class FaultPipeline {
  readonly database = `faults_${randomUUID().slice(0, 8)}`;
  readonly mongoUri = faultMongoUri(this.database);
  private readonly home: string;
  private readonly daemons = new Map<string, Daemon>();

  /** `env`: settings of the case on top of the suite's (e.g. the crawler's feeds). */
  constructor(
    name: string,
    private readonly env: NodeJS.ProcessEnv = {},
  ) {
    this.home = join(faultStackSettings().home, 'runs', `${name}-${this.database}`);
  }

  port(service: ServiceName, instance = 0): number {
    const port = PORTS[service][instance];
    if (!port) throw new Error(`no port for ${service} instance ${instance}`);
    return port;
  }

  logFile(service: ServiceName, instance = 0): string {
    return this.daemon(service, instance).logFile;
  }

  private daemon(service: ServiceName, instance: number): Daemon {
    const key = `${service}#${instance}`;
    let daemon = this.daemons.get(key);
    if (!daemon) {
      daemon = serviceDaemon(join(this.home, `instance-${instance}`), service, {
        NODE_ENV: 'test',
        // FAULTS_LOG_LEVEL=debug (with KAFKAJS_LOG_LEVEL=debug for the Kafka client's own lines) to follow a failing case.
        LOG_LEVEL: process.env['FAULTS_LOG_LEVEL'] ?? 'info',
        KAFKA_BROKERS: faultBrokers().join(','),
        MONGO_URI: this.mongoUri,
        HTTP_PORT: String(this.port(service, instance)),
        CRAWLER_ADMIN_TOKEN: ADMIN_TOKEN,
        ...this.env,
      });
      this.daemons.set(key, daemon);
    }
    return daemon;
  }

  /** Starts an instance and waits until /health/ready answers. */
  async start(service: ServiceName, instance = 0): Promise<void> {
    const daemon = this.daemon(service, instance);
    startDaemon(daemon);
    await waitUntilReady(daemon, () => answers(`http://127.0.0.1:${this.port(service, instance)}/health/ready`), 240_000);
  }

  async startAll(services: readonly ServiceName[]): Promise<void> {
    await Promise.all(services.map((service) => this.start(service)));
  }

  isRunning(service: ServiceName, instance = 0): boolean {
    return runningPid(this.daemon(service, instance)) !== undefined;
  }

  /** SIGKILL: no chance to flush, commit or leave the group. */
  async kill(service: ServiceName, instance = 0): Promise<void> {
    const pid = runningPid(this.daemon(service, instance));
    if (!pid) throw new Error(`${service} #${instance} is not running`);
    process.kill(pid, 'SIGKILL');
    await waitFor(`${service} to die`, async () => !this.isRunning(service, instance), 30_000, 100);
  }

  /** SIGTERM, as an orchestrator stops a container; fails when the process does not exit within `graceMs`. */
  async terminate(service: ServiceName, instance = 0, graceMs = 90_000): Promise<number> {
    const pid = runningPid(this.daemon(service, instance));
    if (!pid) throw new Error(`${service} #${instance} is not running`);
    const started = Date.now();
    process.kill(pid, 'SIGTERM');
    try {
      await waitFor(`${service} to exit on SIGTERM`, async () => !this.isRunning(service, instance), graceMs, 100);
    } catch (error) {
      await this.kill(service, instance);
      throw error;
    }
    return Date.now() - started;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.daemons.values()].map((daemon) => stopDaemon(daemon, 30_000)));
  }

  /** A counter's total on an instance's /metrics (series whose labels include `labels`); 0 when absent. */
  async metric(service: ServiceName, name: string, labels = '', instance = 0): Promise<number> {
    const response = await fetch(`http://127.0.0.1:${this.port(service, instance)}/metrics`, { signal: AbortSignal.timeout(10_000) });
    return counterTotal(await response.text(), name, (written) => written.includes(labels)) ?? 0;
  }

  /** Registers a feed through the crawler's admin API (polled at once). */
  async addFeed(url: string, followSource = false): Promise<FeedView> {
    return this.admin('POST', ADMIN_FEEDS_PATH, { url, followSource });
  }

  async feeds(): Promise<FeedView[]> {
    return (await this.admin<{ feeds: FeedView[] }>('GET', ADMIN_FEEDS_PATH)).feeds;
  }

  private async admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${this.port('crawler')}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
