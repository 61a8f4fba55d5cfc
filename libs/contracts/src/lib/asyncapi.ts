import { z } from 'zod';
import { exampleCleanArticle, exampleCrawlRequest, exampleDeadLetter, exampleEnrichedArticle, exampleRawPage } from './examples';
import { EventHeaders, eventHeaders } from './headers';
import { TOPIC_SCHEMAS } from './registry';
import { TOPIC_SPECS, TopicName, TopicSpec, Topics } from './topics';

/** AsyncAPI Kafka bindings version used throughout the document. */
const KAFKA_BINDINGS = '0.5.0';

const EXAMPLES: Partial<Record<TopicName, { eventId: string; correlationId: string; schemaVersion: string }>> = {
  [Topics.crawlRequests]: exampleCrawlRequest,
  [Topics.rawPages]: exampleRawPage,
  [Topics.cleanArticles]: exampleCleanArticle,
  [Topics.enrichedArticles]: exampleEnrichedArticle,
  [Topics.cleanerDeadLetters]: exampleDeadLetter,
};

export const DELIVERY_GUARANTEES =
  'At-least-once. Producers are idempotent (acks=all, one request in flight), but a consumer may see a record ' +
  'again after a restart or rebalance: deduplicate by eventId, or be idempotent by the key. Records with one key ' +
  'are in order (one partition); there is no order across keys.';

export const COMPATIBILITY_POLICY =
  'Within a topic (newsflow.<what>.<stage>.v<major>) schemas only grow: new optional fields, new enum values. ' +
  'Fields are never removed, renamed, retyped or made required; a breaking change gets a new topic, v<major+1>, ' +
  'published beside the old one until its consumers move. Consumers must ignore fields they do not know and must ' +
  'accept enum values they do not know (keep them as strings, never reject the record); every enum value, old or ' +
  'new, is lower_snake_case of at most 64 characters. A producer only emits the enum values its schemaVersion lists. ' +
  'schemaVersion is <major>.<minor>; the major always equals the topic version.';

/** The AsyncAPI 3 document of every topic, generated from the topic specs and the zod schemas. */
export function asyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const spec of TOPIC_SPECS) {
    const id = channelId(spec.name);
    const { title } = TOPIC_SCHEMAS[spec.name];
    messages[title] ??= message(spec);
    channels[id] = channel(spec, title);
    operations[`receive${id[0].toUpperCase()}${id.slice(1)}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${id}` },
      summary: `Consume ${spec.name}`,
      description: DELIVERY_GUARANTEES,
      messages: [{ $ref: `#/channels/${id}/messages/${title}` }],
    };
  }
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'newsflow topics',
      version: '1.0.0',
      description: `Every Kafka topic newsflow produces, for downstream consumers.\n\n**Compatibility.** ${COMPATIBILITY_POLICY}\n\n**Delivery.** ${DELIVERY_GUARANTEES}`,
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'the local stack (npx newsflow stack up)' },
      compose: { host: 'kafka:9092', protocol: 'kafka', description: 'inside docker-compose.yml' },
    },
    channels,
    operations,
    components: { messages },
  };
}

/** The channel id of a topic: its key in Topics (crawlRequests, cleanerDeadLetters, …). */
function channelId(topic: TopicName): string {
  const entry = Object.entries(Topics).find(([, name]) => name === topic);
  if (!entry) throw new Error(`${topic} is not in Topics`);
  return entry[0];
}

function channel(spec: TopicSpec, title: string) {
  return {
    address: spec.name,
    title: spec.name,
    description: `${spec.description}\n\nKey: ${spec.key}. Partitions: ${spec.partitions}. Retention: ${spec.retentionMs / 86_400_000} days. Largest record: ${spec.maxMessageBytes} bytes.`,
    messages: { [title]: { $ref: `#/components/messages/${title}` } },
    bindings: {
      kafka: {
        topic: spec.name,
        partitions: spec.partitions,
        topicConfiguration: {
          'cleanup.policy': ['delete'],
          'retention.ms': spec.retentionMs,
          'max.message.bytes': spec.maxMessageBytes,
        },
        bindingVersion: KAFKA_BINDINGS,
      },
    },
  };
}

function message(spec: TopicSpec) {
  const { schema, version, title } = TOPIC_SCHEMAS[spec.name];
  const example = EXAMPLES[spec.name];
  return {
    name: title,
    title,
    summary: `${title} ${version}`,
    contentType: 'application/json',
    correlationId: { description: 'One id from the crawl request to the stored article', location: `$message.header#/${EventHeaders.correlationId}` },
    headers: headersSchema(title),
    payload: { schemaFormat: 'application/schema+json;version=draft-07', schema: draft7(schema) },
    bindings: { kafka: { key: { type: 'string', description: spec.key }, bindingVersion: KAFKA_BINDINGS } },
    ...(example && { examples: [{ name: `${title}Example`, headers: eventHeaders(example, title), payload: example }] }),
  };
}

function headersSchema(title: string) {
  return {
    type: 'object',
    description: 'Kafka record headers (UTF-8), set on every record so tools can route and trace without parsing values.',
    required: Object.values(EventHeaders),
    properties: {
      [EventHeaders.correlationId]: { type: 'string', description: 'same as the value’s correlationId' },
      [EventHeaders.eventId]: { type: 'string', format: 'uuid', description: 'same as the value’s eventId' },
      [EventHeaders.eventType]: { type: 'string', const: title },
      [EventHeaders.schemaVersion]: { type: 'string', pattern: '^\\d+\\.\\d+$', description: 'same as the value’s schemaVersion' },
    },
  };
}

/** AsyncAPI 3 reads JSON Schema draft-07 payloads; the published files in schemas/ are draft 2020-12. */
function draft7(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
  return jsonSchema;
}
