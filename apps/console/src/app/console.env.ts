import { z } from 'zod';
import { DEVELOPMENT_CONSOLE_TOKEN, parseServiceEndpoints } from '@newsflow/console-status';
import { authFailureEnvShape, baseEnvSchema, mongoEnvShape, optionalEnv as optional } from '@newsflow/service-kit';


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
    CONSOLE_SERVICES: serviceEndpoints.describe('The instances the dashboard watches, comma-separated name=URL: `crawler=http://127.0.0.1:3101,cleaner=http://…`.'),
    ...mongoEnvShape,
    QUERY_API_URL: optional(z.url({ protocol: /^https?$/ })).describe("Base URL of the query API as admins' browsers reach it; articles link to it when set."),
    CONSOLE_ADMIN_TOKEN: optional(z.string().min(16, 'CONSOLE_ADMIN_TOKEN must be at least 16 characters')).describe(
      'Bearer token of the dashboard and its admin actions, and the login password (16+ characters). Required unless NODE_ENV is development (set explicitly; unset means production).',
    ),
    CONSOLE_SESSION_SECRET: optional(z.string().min(32)).describe(
      'Signs session cookies (32+ characters), with a key derived from it and CONSOLE_ADMIN_TOKEN (a new token ends every session); unset, a random secret per process (sessions end on restart, and each replica has its own).',
    ),
    CONSOLE_SESSION_HOURS: z.coerce.number().positive().default(12).describe('Lifetime of a login session, in hours.'),
    CONSOLE_SECURE_COOKIE: z.stringbool().default(false).describe('Send the session cookie over HTTPS only (set behind a TLS-terminating proxy).'),
    CONSOLE_SAMPLE_INTERVAL_MS: z.coerce.number().int().min(500).default(5000).describe('How often Kafka offsets and consumer lag are sampled.'),
    CONSOLE_STALL_AFTER_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .default(120_000)
      .describe("A partition whose records wait while its group's committed offset has not moved for this long is flagged stalled."),
    CONSOLE_REFRESH_MS: z.coerce.number().int().min(500).default(3000).describe('How often the dashboard page fetches a new snapshot.'),
    ...authFailureEnvShape,
  })
  .transform((env, context) => {
    if (env.CONSOLE_ADMIN_TOKEN) return { ...env, CONSOLE_ADMIN_TOKEN: env.CONSOLE_ADMIN_TOKEN };
    if (env.NODE_ENV === 'development') return { ...env, CONSOLE_ADMIN_TOKEN: DEVELOPMENT_CONSOLE_TOKEN };
    context.addIssue({ code: 'custom', path: ['CONSOLE_ADMIN_TOKEN'], message: `CONSOLE_ADMIN_TOKEN is required when NODE_ENV is ${env.NODE_ENV}` });
    return z.NEVER;
  });

export type ConsoleEnv = z.infer<typeof consoleEnvSchema>;
