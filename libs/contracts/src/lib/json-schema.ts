import { z } from 'zod';
import { TOPIC_SCHEMAS } from './registry';
import { TopicName } from './topics';

/** JSON Schema (draft 2020-12) of a topic's value, for consumers outside TypeScript. */
export function topicJsonSchema(topic: TopicName): Record<string, unknown> {
  const { schema, version, title } = TOPIC_SCHEMAS[topic];
  return {
    $id: `https://newsflow.dev/schemas/${topic}.json`,
    title,
    'x-schema-version': version,
    ...z.toJSONSchema(schema, { io: 'input' }),
  };
}
