import { ServiceCounter, counterTotal, notableCounters } from './metrics-text';

/** A service instance the console watches, from configuration: `name=http://host:port`. */
export interface ServiceEndpoint {
  name: string;
  url: string;
}

/** What one HTTP probe returned: the status and parsed JSON body, or why there was no answer. */
export type ProbeAnswer = { status: number; body: unknown } | { error: string };

export type CheckState = 'up' | 'down';

export interface ServiceHealth {
  name: string;
  url: string;
  live: boolean;
  ready: boolean;
  version?: string;
  uptimeSeconds?: number;
  /** uptimeSeconds for people: `4h 5m`. */
  uptime?: string;
  startedAt?: string;
  /** Records whose processing failed and will be redelivered, since the service started (from /metrics). */
  processingErrors?: number;
  /** The service's own notable counters since it started (fetches, failed fetches, exact duplicates…). */
  counters: ServiceCounter[];
  /** Each readiness check (kafka, mongodb, …) and whether it passed. */
  checks: Record<string, CheckState>;
  /** A stage's Kafka consumer as its readiness reports it (its `consumer` check), when it does. */
  consumer?: ConsumerReport;
  /** Why the service is not live or not ready, when it is not. */
  problem?: string;
}

export interface ConsumerReport {
  /** running, rebalancing, restarting, crashed, stopped… */
  state?: string;
  /** The last error that crashed the consumer, kept after it recovered. */
  lastError?: { message: string; at?: string };
}

export type OverallHealth = 'healthy' | 'degraded' | 'down';

/** Parses `crawler=http://127.0.0.1:3101,cleaner=http://…` into endpoints; throws naming the bad entry. */
export function parseServiceEndpoints(value: string): ServiceEndpoint[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([a-z][\w-]*)=(https?:\/\/\S+)$/i.exec(entry);
      if (!match || !URL.canParse(match[2])) throw new Error(`not name=http(s)://host:port: "${entry}"`);
      return { name: match[1], url: match[2].replace(/\/+$/, '') };
    });
}

interface TerminusBody {
  status?: string;
  details?: Record<string, { status?: string; message?: string } & Record<string, unknown>>;
}

const terminusBody = (answer: ProbeAnswer): TerminusBody =>
  'body' in answer && typeof answer.body === 'object' && answer.body !== null ? (answer.body as TerminusBody) : {};

const passed = (answer: ProbeAnswer) => 'status' in answer && answer.status === 200 && terminusBody(answer).status === 'ok';

/**
 * Combines a service's /health/live and /health/ready answers (@nestjs/terminus format), and its
 * /metrics exposition when it answered, into one status.
 */
export function serviceHealth(endpoint: ServiceEndpoint, live: ProbeAnswer, ready: ProbeAnswer, metrics?: string): ServiceHealth {
  const processDetails = terminusBody(live).details?.['process'] ?? {};
  const checks = Object.fromEntries(
    Object.entries(terminusBody(ready).details ?? {}).map(([name, detail]) => [name, detail.status === 'up' ? 'up' : 'down']),
  ) as Record<string, CheckState>;
  const uptimeSeconds = typeof processDetails['uptimeSeconds'] === 'number' ? processDetails['uptimeSeconds'] : undefined;
  const health: ServiceHealth = {
    ...endpoint,
    live: passed(live),
    ready: passed(ready),
    version: stringField(processDetails['version']),
    uptimeSeconds,
    uptime: uptimeSeconds === undefined ? undefined : formatUptime(uptimeSeconds),
    startedAt: stringField(processDetails['startedAt']),
    processingErrors: metrics === undefined ? undefined : counterTotal(metrics, 'newsflow_processing_errors_total'),
    counters: metrics === undefined ? [] : notableCounters(metrics),
    checks,
    consumer: consumerReport(terminusBody(ready).details?.['consumer']),
  };
  const problem = health.live ? (health.ready ? undefined : readinessProblem(ready)) : answerProblem('liveness', live);
  return problem ? { ...health, problem } : health;
}

/** A duration in seconds as `2d 3h`, `4h 5m`, `6m 7s` or `8s`. */
export function formatUptime(seconds: number): string {
  const parts: [number, string][] = [
    [Math.floor(seconds / 86_400), 'd'],
    [Math.floor((seconds % 86_400) / 3_600), 'h'],
    [Math.floor((seconds % 3_600) / 60), 'm'],
    [Math.floor(seconds % 60), 's'],
  ];
  const largest = parts.findIndex(([value]) => value > 0);
  const from = largest === -1 ? parts.length - 1 : largest;
  return parts
    .slice(from, from + 2)
    .map(([value, unit]) => `${value}${unit}`)
    .join(' ');
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Read leniently: services older than the consumer check say nothing, and its fields may grow. */
function consumerReport(detail: Record<string, unknown> | undefined): ConsumerReport | undefined {
  if (!detail) return undefined;
  const error = detail['lastError'];
  const message = stringField(error) ?? stringField((error as { message?: unknown } | null | undefined)?.message);
  const report: ConsumerReport = {
    state: stringField(detail['state']),
    lastError: message === undefined ? undefined : { message, at: stringField((error as { at?: unknown })['at']) },
  };
  return report.state === undefined && report.lastError === undefined ? undefined : report;
}

function answerProblem(probe: string, answer: ProbeAnswer): string {
  return 'error' in answer ? `${probe} probe failed: ${answer.error}` : `${probe} probe answered HTTP ${answer.status}`;
}

function readinessProblem(ready: ProbeAnswer): string {
  const failing = Object.entries(terminusBody(ready).details ?? {})
    .filter(([, detail]) => detail.status !== 'up')
    .map(([name, detail]) => {
      const consumer = name === 'consumer' ? consumerReport(detail) : undefined;
      const why = detail.message ?? [consumer?.state, consumer?.lastError?.message].filter(Boolean).join(': ');
      return why ? `${name}: ${why}` : name;
    });
  return failing.length > 0 ? `not ready: ${failing.join('; ')}` : answerProblem('readiness', ready);
}

/** healthy: every service live and ready and no partition stalled; down: none live; degraded: anything between. */
export function overallHealth(services: readonly ServiceHealth[], stalledPartitions = 0): OverallHealth {
  if (services.length > 0 && services.every((service) => !service.live)) return 'down';
  return services.every((service) => service.live && service.ready) && stalledPartitions === 0 ? 'healthy' : 'degraded';
}
