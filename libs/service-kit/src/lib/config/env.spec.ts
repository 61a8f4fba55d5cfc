import { z } from 'zod';
import { baseEnvSchema, envValidator, originListSchema, trustProxySchema } from './env';

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

describe('originListSchema', () => {
  it('reads origins as browsers send them, none when unset or empty', () => {
    expect(originListSchema.parse(undefined)).toEqual([]);
    expect(originListSchema.parse('')).toEqual([]);
    expect(originListSchema.parse(' https://App.Example.org/ , http://127.0.0.1:8080,https://x.example:443')).toEqual([
      'https://app.example.org',
      'http://127.0.0.1:8080',
      'https://x.example',
    ]);
  });

  it('refuses what is not a bare http(s) origin', () => {
    for (const bad of ['*', 'app.example.org', 'ftp://app.example.org', 'https://app.example.org/path', 'https://user@app.example.org']) {
      expect(originListSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('trustProxySchema', () => {
  it('trusts no proxy unless told, then a hop count or a list of addresses', () => {
    expect(trustProxySchema.parse(undefined)).toBe(false);
    expect(trustProxySchema.parse('false')).toBe(false);
    expect(trustProxySchema.parse('1')).toBe(1);
    expect(trustProxySchema.parse('loopback, 10.0.0.0/8')).toEqual(['loopback', '10.0.0.0/8']);
  });
});
