import { z } from 'zod';
import type { RecordRetrySettings } from '../kafka/record-retries';

const csv = z
  .string()
  .min(1)
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

/** An optional variable: unset or empty (as compose passes `${VAR:-}`) both mean "not set". */
export const optionalEnv = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** MONGO_URI of the services that use MongoDB. */
const mongoUriSchema = z
  .string()
  .regex(/^mongodb(\+srv)?:\/\//, 'MONGO_URI must be a mongodb:// URI')
  .describe('MongoDB connection string (mongodb:// or mongodb+srv://) with the database name; holds credentials, so keep it in a secret.');

/** The MongoDB settings of the services that use MongoDB. */
export const mongoEnvShape = {
  MONGO_URI: mongoUriSchema,
  MONGO_SOCKET_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(60_000)
    .describe(
      'Time a MongoDB operation may wait for its answer before its connection is closed and it fails; a consuming stage then retries the record as an outage. Without it, a server that never answers holds the record, and its partition, for ever.',
    ),
  MONGO_MAX_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .default(10)
    .describe(
      'Most connections (so concurrent operations) one service process opens to MongoDB. The driver\'s default of 100 per process let the local stack\'s FerretDB (100 SQLite connections in all) run out under a burst and hang; a stage\'s concurrency is its partitions consumed at once, far below this.',
    ),
};

/** A web origin as browsers send it in `Origin`: scheme, host and port, nothing after. */
const webOrigin = z.url({ protocol: /^https?$/, error: 'an origin is an http(s) URL' }).transform((value, context) => {
  const url = new URL(value);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    context.addIssue({ code: 'custom', message: `${value} is not a bare origin (no path, query or credentials)` });
  }
  return url.origin;
});

/** A comma-separated list of origins (`https://app.example.org,http://127.0.0.1:8080`), normalised as browsers send them; unset or empty: none. */
export const originListSchema = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
  .pipe(z.array(webOrigin));

/**
 * Express's `trust proxy`: which hops in front of the service may set X-Forwarded-For, so the client
 * address (auth throttling, logs) is the caller's and not the ingress's. "false" trusts none; a
 * number, that many hops; otherwise addresses, subnets or Express's names (loopback, linklocal, uniquelocal).
 */
export const trustProxySchema = z
  .string()
  .default('false')
  .transform((value): boolean | number | string[] => {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed === 'false') return false;
    if (/^\d+$/u.test(trimmed)) return Number(trimmed);
    return trimmed.split(',').map((item) => item.trim()).filter(Boolean);
  });

/** Settings every service reads; each app extends this with its own. */
export const baseEnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('production')
    .describe(
      'Run mode. Unset means production, the safe setting; only development (set explicitly, as `newsflow demo up` does) falls back to the well-known admin tokens.',
    ),
  KAFKA_BROKERS: csv.default(['127.0.0.1:9092']).describe('Kafka bootstrap brokers, comma-separated host:port.'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).describe('Port of the HTTP server: health, metrics and the service\'s API.'),
  HTTP_HOST: z.string().default('127.0.0.1').describe('Address the HTTP server binds; 0.0.0.0 in containers.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Minimum level of the JSON (pino) logs.'),
  HTTP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(102_400).describe('Largest request body (JSON or form) the HTTP server reads, in bytes; a larger one is answered 413.'),
  HTTP_TRUST_PROXY: trustProxySchema.describe(
    'Proxies in front of the HTTP port whose X-Forwarded-For is believed: false (none, the default), a hop count (1 behind one ingress), or comma-separated addresses and subnets (loopback, 10.0.0.0/8). Failed-login throttling counts per client address, so behind a proxy set this, or every client shares the proxy\'s count.',
  ),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(10_000)
    .describe('Time a client has to send its request headers; a slower one is answered 408 and disconnected.'),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(30_000)
    .describe('Time a client has to send its whole request, body included; a slower one is answered 408 and disconnected.'),
  CONSUMER_RETRY_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe(
      'Attempts at a consumed record failing for an unknown reason before it goes to the dead-letter topic as transient (refused records go at once; an unavailable Kafka or MongoDB is waited for without limit).',
    ),
  CONSUMER_RETRY_MAX_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(60_000)
    .describe('Time after its first unexplained failure past which a consumed record goes to the dead-letter topic as transient, attempts left or not.'),
  CONSUMER_RETRY_BASE_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(500)
    .describe('Ceiling of the first delay before retrying a consumed record (the delay is random below it); the ceiling doubles per attempt.'),
  CONSUMER_RETRY_MAX_DELAY_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(10_000)
    .describe('Cap on the delay between attempts at a consumed record, waits for an unavailable Kafka or MongoDB included.'),
  SHUTDOWN_DEADLINE_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(600_000)
    .default(25_000)
    .describe(
      'Longest a SIGTERM shutdown may take (stop consuming, let in-flight records finish or hand them back, flush, commit, disconnect) before the process exits anyway; keep it below the orchestrator\'s grace period (compose stop_grace_period, Kubernetes terminationGracePeriodSeconds: 30 s).',
    ),
  CONSUMER_READINESS_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(60_000)
    .describe('How long a stage\'s consumer may be starting, rebalancing or restarting before /health/ready fails; a consumer that crashed for good or stopped fails it at once.'),
  CONSUMER_STALL_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(300_000)
    .describe(
      'How long records may sit in a stage\'s handlers with none finishing before its consumer counts as stalled: /health/ready fails with state `stalled` and the reason, until a record finishes. An outage the records wait out shows the same way.',
    ),
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;

/** The consumer's retry settings, from the base environment (read a setting at a time, as ConfigService does). */
export function recordRetrySettings(setting: <K extends keyof BaseEnv>(key: K) => BaseEnv[K]): RecordRetrySettings {
  return {
    attempts: setting('CONSUMER_RETRY_MAX_ATTEMPTS'),
    maxMs: setting('CONSUMER_RETRY_MAX_MS'),
    baseDelayMs: setting('CONSUMER_RETRY_BASE_MS'),
    maxDelayMs: setting('CONSUMER_RETRY_MAX_DELAY_MS'),
  };
}

/**
 * Turns a zod schema into the `validate` hook of @nestjs/config: the service refuses to start
 * on a bad environment, naming every offending variable.
 */
export function envValidator<T extends z.ZodType>(schema: T): (env: Record<string, unknown>) => z.infer<T> {
  return (env) => {
    const result = schema.safeParse(env);
    if (!result.success) throw new Error(`invalid environment:\n${z.prettifyError(result.error)}`);
    return result.data;
  };
}
