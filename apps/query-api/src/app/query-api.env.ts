import { z } from 'zod';
import { baseEnvSchema, mongoEnvShape, originListSchema } from '@newsflow/service-kit';

export const queryApiEnvSchema = baseEnvSchema.extend({
  ...mongoEnvShape,
  QUERY_API_CORS_ORIGINS: originListSchema.describe(
    'Origins whose pages may call the API from a browser (CORS), comma-separated and exact: `https://reader.example.org,http://127.0.0.1:8080` (no path, no `*`). Every other origin is refused.',
  ),
});

export type QueryApiEnv = z.infer<typeof queryApiEnvSchema>;
