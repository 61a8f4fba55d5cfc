import { z } from 'zod';

const csv = z
  .string()
  .min(1)
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

/** An optional variable: unset or empty (as compose passes `${VAR:-}`) both mean "not set". */
export const optionalEnv = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** MONGO_URI of the services that use MongoDB. */
export const mongoUriSchema = z
  .string()
  .regex(/^mongodb(\+srv)?:\/\//, 'MONGO_URI must be a mongodb:// URI')
  .describe('MongoDB connection string (mongodb:// or mongodb+srv://) with the database name; holds credentials, so keep it in a secret.');

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
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;

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
