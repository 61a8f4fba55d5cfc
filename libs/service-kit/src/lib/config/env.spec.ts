import { z } from 'zod';
import { baseEnvSchema, envValidator } from './env';

describe('envValidator', () => {
  const validate = envValidator(baseEnvSchema.extend({ MONGO_URI: z.string().startsWith('mongodb') }));

  it('parses brokers and ports', () => {
    const env = validate({ HTTP_PORT: '3001', KAFKA_BROKERS: 'a:1, b:2', MONGO_URI: 'mongodb://x/db' });
    expect(env).toMatchObject({ HTTP_PORT: 3001, KAFKA_BROKERS: ['a:1', 'b:2'], LOG_LEVEL: 'info' });
  });

  it('names every bad variable', () => {
    expect(() => validate({ HTTP_PORT: 'x', MONGO_URI: 'postgres://' })).toThrow(/HTTP_PORT[\s\S]*MONGO_URI/);
  });
});
