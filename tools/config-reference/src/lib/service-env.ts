import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');

export interface ServiceEnv {
  service: string;
  /** Validates the service's environment (process.env) at start-up. */
  schema: z.ZodType;
}

/**
 * The environment schema of every deployable service, found by the workspace's convention: a Nest
 * app (bundled by webpack) validates its environment with the one `…EnvSchema` exported by
 * src/app/<app>.env.ts. Loaded by path at run time, since apps are not libraries to import.
 */
export function serviceEnvSchemas(root = WORKSPACE_ROOT): ServiceEnv[] {
  const services = readdirSync(join(root, 'apps'))
    .filter((app) => existsSync(join(root, 'apps', app, 'webpack.config.js')))
    .sort();
  return services.map((service) => {
    const file = join(root, 'apps', service, 'src', 'app', `${service}.env.ts`);
    if (!existsSync(file)) throw new Error(`${service} declares no environment schema in ${file}`);
    const exported = Object.entries(require(file) as Record<string, unknown>).filter(([name]) => name.endsWith('EnvSchema'));
    if (exported.length !== 1) throw new Error(`${file} must export exactly one …EnvSchema, not ${exported.length}`);
    return { service, schema: exported[0][1] as z.ZodType };
  });
}
