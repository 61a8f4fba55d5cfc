import { z } from 'zod';

/**
 * What every enum value of every contract looks like: lower snake case, up to 64 characters. Values a
 * newer minor version adds follow it too, so an old consumer can keep, store and show them safely.
 */
export const ENUM_VALUE_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** An enum value a newer producer added and this version does not know; kept verbatim. */
export type UnknownEnumValue = string & NonNullable<unknown>;

/** A received event: as published, except that every enum field may also hold a value added later. */
export type Received<T> = T extends string
  ? string extends T
    ? T
    : T | UnknownEnumValue
  : T extends readonly (infer Element)[]
    ? Received<Element>[]
    : T extends object
      ? { [K in keyof T]: Received<T[K]> }
      : T;

/** An enum field as a consumer reads it: a known value, or any value of the enum shape (a later addition). */
export function receivedEnum<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.union([z.enum(values), z.string().regex(ENUM_VALUE_PATTERN, 'not an enum value (lower_snake_case, at most 64 characters)')]);
}

/**
 * The receiving twin of a publishing schema: the same checks, but every enum (at any depth) also takes
 * values it does not know, so a record from a newer minor version is never rejected by an older
 * consumer. The publishing schema stays the one source of truth; this is derived from it.
 */
export function receivingSchema<S extends z.ZodType>(schema: S): z.ZodType<Received<z.output<S>>, Received<z.input<S>>> {
  return tolerate(schema) as unknown as z.ZodType<Received<z.output<S>>, Received<z.input<S>>>;
}

function tolerate(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def;
  switch (def.type) {
    case 'enum':
      return receivedEnum(Object.values((def as z.core.$ZodEnumDef).entries).map(String) as [string, ...string[]]);
    case 'object': {
      const shape = (schema as z.ZodObject).shape;
      const changed = Object.entries(shape).flatMap(([name, field]) => {
        const tolerant = tolerate(field as z.ZodType);
        return tolerant === field ? [] : [[name, tolerant] as const];
      });
      return changed.length === 0 ? schema : (schema as z.ZodObject).extend(Object.fromEntries(changed));
    }
    case 'array':
      return rewrap(schema, 'element');
    case 'optional':
    case 'nullable':
    case 'default':
      return rewrap(schema, 'innerType');
    case 'union':
    case 'intersection':
    case 'record':
    case 'tuple':
    case 'lazy':
    case 'pipe':
      // Not used by the contracts today; refuse rather than silently leave an enum strict inside one.
      throw new Error(`receivingSchema: ${def.type} schemas are not supported; extend it before using one in a contract`);
    default:
      return schema;
  }
}

/** The same wrapper (array, optional, …) around the tolerant version of what it wraps. */
function rewrap(schema: z.ZodType, key: 'element' | 'innerType'): z.ZodType {
  const def = schema._zod.def as unknown as Record<typeof key, z.ZodType>;
  const inner = tolerate(def[key]);
  return inner === def[key] ? schema : schema.clone({ ...schema._zod.def, [key]: inner } as typeof schema._zod.def);
}
