import { z } from 'zod';
import { baseEnvSchema } from '@newsflow/service-kit';

export const archiverEnvSchema = baseEnvSchema.extend({
  MONGO_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'MONGO_URI must be a mongodb:// URI'),
  ARCHIVER_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
  ARCHIVER_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(50),
});

export type ArchiverEnv = z.infer<typeof archiverEnvSchema>;
