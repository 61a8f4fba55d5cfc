import { z } from 'zod';
import { baseEnvSchema, mongoUriSchema } from '@newsflow/service-kit';

export const queryApiEnvSchema = baseEnvSchema.extend({ MONGO_URI: mongoUriSchema });

export type QueryApiEnv = z.infer<typeof queryApiEnvSchema>;
