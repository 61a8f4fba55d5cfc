/**
 * Records the current schemas as released (libs/contracts/schemas/released), after checking that
 * each is compatible with the one released before. The compatibility test compares the code with
 * these files, so a breaking change fails until it moves to a new topic version.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_SPECS, incompatibilities, topicJsonSchema } from '../src';

const releasedDir = join(__dirname, '..', 'schemas', 'released');
mkdirSync(releasedDir, { recursive: true });
const problems = TOPIC_SPECS.flatMap(({ name }) => {
  const file = join(releasedDir, `${name}.json`);
  if (!existsSync(file)) return [];
  return incompatibilities(JSON.parse(readFileSync(file, 'utf8')), topicJsonSchema(name)).map((problem) => `${name} ${problem}`);
});
if (problems.length > 0) {
  console.error(`not released, the change breaks consumers (publish it as a new topic version):\n${problems.join('\n')}`);
  process.exit(1);
}
for (const { name } of TOPIC_SPECS) writeFileSync(join(releasedDir, `${name}.json`), `${JSON.stringify(topicJsonSchema(name), null, 2)}\n`);
console.log(`released ${TOPIC_SPECS.length} schemas to ${releasedDir}`);
