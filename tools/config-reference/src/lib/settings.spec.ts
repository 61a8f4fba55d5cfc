import { z } from 'zod';
import { settingsOf } from './settings';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

describe('settingsOf', () => {
  it('reads defaults as environment values, requiredness, choices and descriptions through wrappers', () => {
    const schema = z
      .object({
        BROKERS: z.string().transform((value) => value.split(',')).default(['a:1', 'b:2']).describe('brokers'),
        PORT: z.coerce.number().describe('port'),
        TOKEN: optional(z.string().min(16)).describe('token'),
        LEVEL: z.enum(['info', 'debug']).default('info'),
        SECURE: z.stringbool().default(false),
      })
      .transform((env) => env);
    expect(settingsOf([{ service: 'one', schema }])).toEqual([
      { name: 'BROKERS', default: 'a:1,b:2', required: false, description: 'brokers', services: ['one'] },
      { name: 'PORT', required: true, description: 'port', services: ['one'] },
      { name: 'TOKEN', required: false, description: 'token', services: ['one'] },
      { name: 'LEVEL', default: 'info', required: false, choices: ['info', 'debug'], services: ['one'] },
      { name: 'SECURE', default: 'false', required: false, services: ['one'] },
    ]);
  });

  it('merges a setting several services read, and refuses one they declare differently', () => {
    const port = z.coerce.number().describe('port');
    const merged = settingsOf([
      { service: 'a', schema: z.object({ PORT: port }) },
      { service: 'b', schema: z.object({ PORT: port }) },
    ]);
    expect(merged).toEqual([{ name: 'PORT', required: true, description: 'port', services: ['a', 'b'] }]);
    expect(() =>
      settingsOf([
        { service: 'a', schema: z.object({ PORT: port }) },
        { service: 'b', schema: z.object({ PORT: port.default(80) }) },
      ]),
    ).toThrow('PORT is declared differently by a and b');
  });
});
