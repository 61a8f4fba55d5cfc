import { z } from 'zod';
import { baseEnvSchema, mongoEnvShape } from '@newsflow/service-kit';

export const archiverEnvSchema = baseEnvSchema.extend({
  ...mongoEnvShape,
  ARCHIVER_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200).describe('Most articles written to MongoDB in one bulk write.'),
  ARCHIVER_BATCH_WAIT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(50)
    .describe('How long a partial batch waits for more articles before it is written.'),
});

export type ArchiverEnv = z.infer<typeof archiverEnvSchema>;
