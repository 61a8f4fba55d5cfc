import { z } from 'zod';
import { baseEnvSchema, mongoEnvShape } from '@newsflow/service-kit';

/** MongoDB holds story identity: signatures, band keys and the first article of each text. */
export const cleanerEnvSchema = baseEnvSchema.extend(mongoEnvShape);

export type CleanerEnv = z.infer<typeof cleanerEnvSchema>;
