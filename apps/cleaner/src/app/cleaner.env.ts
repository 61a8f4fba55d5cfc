import { z } from 'zod';
import { baseEnvSchema, mongoUriSchema } from '@newsflow/service-kit';

/** MongoDB holds story identity: signatures, band keys and the first article of each text. */
export const cleanerEnvSchema = baseEnvSchema.extend({ MONGO_URI: mongoUriSchema });

export type CleanerEnv = z.infer<typeof cleanerEnvSchema>;
