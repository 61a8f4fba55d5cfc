import { z } from 'zod';
import { baseEnvSchema } from '@newsflow/service-kit';

/** The enricher keeps no state: Kafka in, Kafka out. */
export const enricherEnvSchema = baseEnvSchema;

export type EnricherEnv = z.infer<typeof enricherEnvSchema>;
