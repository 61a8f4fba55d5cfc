import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';

/**
 * The OpenAPI form of a zod schema: what a client sends (`input`) or receives (`output`). Dates
 * travel as ISO 8601 strings in JSON.
 */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): SchemaObject {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: converted }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(converted, { type: 'string', format: 'date-time' });
    },
  });
  return jsonSchema as SchemaObject;
}

/** Documents every field of a zod query schema as a query parameter, so the schema stays the one definition. */
export function ApiQueryFrom(schema: z.ZodObject): MethodDecorator {
  const { properties = {}, required = [] } = openApiSchema(schema, 'input');
  return applyDecorators(
    ...Object.entries(properties).map(([name, property]) =>
      ApiQuery({ name, required: required.includes(name), schema: property as SchemaObject, description: (property as SchemaObject).description }),
    ),
  );
}
