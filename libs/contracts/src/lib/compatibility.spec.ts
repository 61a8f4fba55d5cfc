import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonSchemaNode, incompatibilities } from './compatibility';
import { topicJsonSchema } from './json-schema';
import { TOPIC_SCHEMAS } from './registry';
import { TOPIC_SPECS } from './topics';

const released = (topic: string): JsonSchemaNode | undefined => {
  const file = join(__dirname, '../../schemas/released', `${topic}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

describe('topic schemas against their released versions', () => {
  it.each(TOPIC_SPECS.map((spec) => spec.name))('%s only grows (additive changes within a topic version)', (topic) => {
    const previous = released(topic);
    if (!previous) throw new Error(`${topic} was never released: run nx run contracts:release-schemas`);
    expect(incompatibilities(previous, topicJsonSchema(topic))).toEqual([]);
  });

  it.each(TOPIC_SPECS.map((spec) => spec.name))('%s carries a schema version whose major is the topic version', (topic) => {
    const major = /\.v(\d+)$/.exec(topic)?.[1];
    expect(TOPIC_SCHEMAS[topic].version.split('.')[0]).toBe(major);
  });
});

describe('incompatibilities', () => {
  const base: JsonSchemaNode = {
    type: 'object',
    required: ['id', 'kind'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      kind: { type: 'string', enum: ['a', 'b'] },
      note: { type: 'string' },
      tags: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
    },
  };
  const changed = (change: (schema: JsonSchemaNode) => void) => {
    const schema = structuredClone(base);
    change(schema);
    return incompatibilities(base, schema);
  };

  it('accepts new optional fields and new enum values', () => {
    expect(
      changed((schema) => {
        schema.properties = { ...schema.properties, storyId: { type: 'string' } };
        schema.properties['kind'].enum?.push('c');
      }),
    ).toEqual([]);
  });

  it.each<[string, (schema: JsonSchemaNode) => void, string]>([
    ['a removed field', (schema) => delete schema.properties?.['note'], '$.note: removed'],
    ['a changed type', (schema) => ((schema.properties as Record<string, JsonSchemaNode>)['note'].type = 'number'), '$.note: type changed from "string" to "number"'],
    ['a new required field', (schema) => {
      schema.properties = { ...schema.properties, storyId: { type: 'string' } };
      schema.required = [...(schema.required ?? []), 'storyId'];
    }, '$.storyId: newly required'],
    ['a field no longer required', (schema) => (schema.required = ['id']), '$.kind: no longer required'],
    ['a removed enum value', (schema) => ((schema.properties as Record<string, JsonSchemaNode>)['kind'].enum = ['a']), '$.kind: enum values removed: ["b"]'],
    ['a change inside array items', (schema) => delete schema.properties?.['tags'].items?.properties?.['name'], '$.tags[].name: removed'],
    ['a changed format', (schema) => ((schema.properties as Record<string, JsonSchemaNode>)['id'].format = 'uri'), '$.id: format changed from "uuid" to "uri"'],
  ])('reports %s', (_name, change, problem) => {
    expect(changed(change)).toContain(problem);
  });
});
