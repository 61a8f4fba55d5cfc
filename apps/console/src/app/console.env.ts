import { z } from 'zod';
import { DEVELOPMENT_CONSOLE_TOKEN, parseServiceEndpoints } from '@newsflow/console-status';
import { baseEnvSchema, mongoUriSchema, optionalEnv as optional } from '@newsflow/service-kit';


const serviceEndpoints = z.string().transform((value, context) => {
  try {
    return parseServiceEndpoints(value);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

export const consoleEnvSchema = baseEnvSchema
  .extend({
    /** The instances to watch: `crawler=http://127.0.0.1:3101,cleaner=http://…`. */
    CONSOLE_SERVICES: serviceEndpoints,
    MONGO_URI: mongoUriSchema,
    /** Base URL of the query API; articles link to it when set. */
    QUERY_API_URL: optional(z.url({ protocol: /^https?$/ })),
    /** Bearer token of the dashboard and its admin actions (also the login form's password). */
    CONSOLE_ADMIN_TOKEN: optional(z.string().min(16, 'CONSOLE_ADMIN_TOKEN must be at least 16 characters')),
    /** Signs session cookies; a random secret per process when unset (sessions end on restart). */
    CONSOLE_SESSION_SECRET: optional(z.string().min(32)),
    CONSOLE_SESSION_HOURS: z.coerce.number().positive().default(12),
    /** Send the session cookie over HTTPS only (set behind a TLS-terminating proxy). */
    CONSOLE_SECURE_COOKIE: z.stringbool().default(false),
    /** How often Kafka offsets and lag are sampled. */
    CONSOLE_SAMPLE_INTERVAL_MS: z.coerce.number().int().min(500).default(5000),
    /** How often the page fetches a new snapshot. */
    CONSOLE_REFRESH_MS: z.coerce.number().int().min(500).default(3000),
  })
  .transform((env, context) => {
    if (env.CONSOLE_ADMIN_TOKEN) return { ...env, CONSOLE_ADMIN_TOKEN: env.CONSOLE_ADMIN_TOKEN };
    if (env.NODE_ENV === 'development') return { ...env, CONSOLE_ADMIN_TOKEN: DEVELOPMENT_CONSOLE_TOKEN };
    context.addIssue({ code: 'custom', path: ['CONSOLE_ADMIN_TOKEN'], message: `CONSOLE_ADMIN_TOKEN is required when NODE_ENV is ${env.NODE_ENV}` });
    return z.NEVER;
  });

export type ConsoleEnv = z.infer<typeof consoleEnvSchema>;
