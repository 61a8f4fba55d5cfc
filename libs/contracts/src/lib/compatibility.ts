import { isDeepStrictEqual } from 'node:util';

/** The parts of a JSON Schema the compatibility check reads. */
export interface JsonSchemaNode {
  type?: unknown;
  format?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
}

/**
 * What a schema change breaks for consumers of a topic version, in JSON-path-like terms; empty when
 * the change is additive (new optional fields, new enum values, new alternatives of nothing).
 * Breaking: a field removed, made required or no longer required, a type, format or constant changed,
 * an enum value removed, alternatives (anyOf) changed in number.
 */
export function incompatibilities(previous: JsonSchemaNode, current: JsonSchemaNode, path = '$'): string[] {
  return [
    ...changedScalars(previous, current, path),
    ...changedEnum(previous, current, path),
    ...changedRequired(previous, current, path),
    ...Object.entries(previous.properties ?? {}).flatMap(([name, schema]) => {
      const now = current.properties?.[name];
      return now ? incompatibilities(schema, now, `${path}.${name}`) : [`${path}.${name}: removed`];
    }),
    ...(previous.items && current.items ? incompatibilities(previous.items, current.items, `${path}[]`) : []),
    ...changedAlternatives(previous, current, path),
  ];
}

function changedScalars(previous: JsonSchemaNode, current: JsonSchemaNode, path: string): string[] {
  return (['type', 'format', 'const'] as const)
    .filter((keyword) => !isDeepStrictEqual(previous[keyword], current[keyword]))
    .map((keyword) => `${path}: ${keyword} changed from ${JSON.stringify(previous[keyword])} to ${JSON.stringify(current[keyword])}`);
}

function changedEnum(previous: JsonSchemaNode, current: JsonSchemaNode, path: string): string[] {
  if (!previous.enum) return [];
  if (!current.enum) return [`${path}: no longer limited to ${JSON.stringify(previous.enum)}`];
  const removed = previous.enum.filter((value) => !current.enum?.some((now) => isDeepStrictEqual(now, value)));
  return removed.length > 0 ? [`${path}: enum values removed: ${JSON.stringify(removed)}`] : [];
}

function changedRequired(previous: JsonSchemaNode, current: JsonSchemaNode, path: string): string[] {
  const before = new Set(previous.required ?? []);
  const now = new Set(current.required ?? []);
  return [
    ...[...now].filter((name) => !before.has(name)).map((name) => `${path}.${name}: newly required`),
    ...[...before].filter((name) => !now.has(name)).map((name) => `${path}.${name}: no longer required`),
  ];
}

function changedAlternatives(previous: JsonSchemaNode, current: JsonSchemaNode, path: string): string[] {
  if (!previous.anyOf) return [];
  if (previous.anyOf.length !== current.anyOf?.length) return [`${path}: alternatives (anyOf) changed`];
  return previous.anyOf.flatMap((alternative, index) => incompatibilities(alternative, current.anyOf?.[index] ?? {}, `${path}|${index}`));
}
