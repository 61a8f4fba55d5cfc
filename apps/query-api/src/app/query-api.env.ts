import { z } from 'zod';
import { baseEnvSchema, mongoUriSchema, originListSchema } from '@newsflow/service-kit';

export const queryApiEnvSchema = baseEnvSchema.extend({
  MONGO_URI: mongoUriSchema,
  /** Origins whose pages may call the API from a browser (CORS), comma-separated; none by default. */
  QUERY_API_CORS_ORIGINS: originListSchema,
});

export type QueryApiEnv = z.infer<typeof queryApiEnvSchema>;
