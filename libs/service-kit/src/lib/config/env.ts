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

/** Settings every service reads; each app extends this with its own. */
export const baseEnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe('Run mode; development alone falls back to well-known admin tokens.'),
  KAFKA_BROKERS: csv.default(['127.0.0.1:9092']).describe('Kafka bootstrap brokers, comma-separated host:port.'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).describe('Port of the HTTP server: health, metrics and the service\'s API.'),
  HTTP_HOST: z.string().default('127.0.0.1').describe('Address the HTTP server binds; 0.0.0.0 in containers.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Minimum level of the JSON (pino) logs.'),
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
