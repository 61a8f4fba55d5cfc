/** Writes the JSON Schema of every topic to libs/contracts/schemas (committed, for consumers). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_SPECS, topicJsonSchema } from '../src';

const outDir = join(__dirname, '..', 'schemas');
mkdirSync(outDir, { recursive: true });
for (const { name } of TOPIC_SPECS) {
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(topicJsonSchema(name), null, 2)}\n`);
}
console.log(`wrote ${TOPIC_SPECS.length} schemas to ${outDir}`);
