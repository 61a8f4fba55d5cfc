/** Writes docs/configuration.md from the services' environment schemas: npx nx run config-reference:generate */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REFERENCE_PATH, WORKSPACE_ROOT, renderReference, serviceEnvSchemas, settingsOf } from './index';

const services = serviceEnvSchemas();
const target = join(WORKSPACE_ROOT, REFERENCE_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderReference(settingsOf(services), services.map(({ service }) => service)));
console.log(`wrote ${REFERENCE_PATH}`);
