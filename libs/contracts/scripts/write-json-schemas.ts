/** Writes the JSON Schema of every topic to libs/contracts/schemas and the AsyncAPI document (committed, for consumers). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_SPECS, asyncApiDocument, topicJsonSchema } from '../src';

const root = join(__dirname, '..');
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const { name } of TOPIC_SPECS) writeFileSync(join(root, 'schemas', `${name}.json`), json(topicJsonSchema(name)));
writeFileSync(join(root, 'asyncapi.json'), json(asyncApiDocument()));
console.log(`wrote ${TOPIC_SPECS.length} schemas to ${join(root, 'schemas')} and ${join(root, 'asyncapi.json')}`);
