import { z } from 'zod';
import { ServiceEnv } from './service-env';

/** One environment variable, as the services that read it declare it. */
export interface Setting {
  name: string;
  /** The value a service uses when the variable is unset, as it would be written in the environment. */
  default?: string;
  /** Unset is an error (no default, not optional). */
  required: boolean;
  description?: string;
  /** The values an enumerated setting accepts. */
  choices?: string[];
  services: string[];
}

type Inspectable = z.ZodType & { _zod: { def: Record<string, unknown> } };

/** The schema and every schema it wraps (default, optional, preprocess and pipe stages), outermost first. */
function layers(schema: z.ZodType): z.ZodType[] {
  const def = (schema as Inspectable)._zod.def;
  const inner = ['innerType', 'in', 'out'].map((key) => def[key]).filter((value): value is z.ZodType => value instanceof z.ZodType);
  return [schema, ...inner.flatMap(layers)];
}

/** The fields of an environment schema (an object, or an object piped into a transform). */
function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  const object = layers(schema).find((layer): layer is z.ZodObject => layer instanceof z.ZodObject);
  if (!object) throw new Error('an environment schema must be a zod object');
  return object.shape as Record<string, z.ZodType>;
}

const asEnvValue = (value: unknown): string => (Array.isArray(value) ? value.join(',') : String(value));

function settingOf(service: string, name: string, field: z.ZodType): Setting {
  const unset = field.safeParse(undefined);
  const enumerated = layers(field).find((layer): layer is z.ZodEnum => layer instanceof z.ZodEnum);
  return {
    name,
    required: !unset.success,
    ...(unset.success && unset.data !== undefined ? { default: asEnvValue(unset.data) } : {}),
    ...(layers(field).find((layer) => layer.description) ? { description: layers(field).find((layer) => layer.description)?.description } : {}),
    ...(enumerated ? { choices: enumerated.options.map(String) } : {}),
    services: [service],
  };
}

const sameDeclaration = (a: Setting, b: Setting) =>
  a.required === b.required && a.default === b.default && a.description === b.description && String(a.choices) === String(b.choices);

/** Every setting of every service, merged by name; a name declared differently by two services is an error. */
export function settingsOf(services: ServiceEnv[]): Setting[] {
  const settings = new Map<string, Setting>();
  for (const { service, schema } of services) {
    for (const [name, field] of Object.entries(fieldsOf(schema))) {
      const setting = settingOf(service, name, field);
      const known = settings.get(name);
      if (!known) settings.set(name, setting);
      else if (!sameDeclaration(known, setting)) throw new Error(`${name} is declared differently by ${known.services.join(', ')} and ${service}`);
      else known.services.push(service);
    }
  }
  return [...settings.values()];
}
