import { z } from 'zod';
import { baseEnvSchema } from '@newsflow/service-kit';

export const archiverEnvSchema = baseEnvSchema.extend({
  MONGO_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'MONGO_URI must be a mongodb:// URI'),
});

export type ArchiverEnv = z.infer<typeof archiverEnvSchema>;
