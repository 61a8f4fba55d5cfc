import { DEVELOPMENT_CONSOLE_TOKEN } from '@newsflow/console-status';
import { envValidator } from '@newsflow/service-kit';
import { consoleEnvSchema } from './console.env';

const validate = envValidator(consoleEnvSchema);
const base = { HTTP_PORT: '3105', MONGO_URI: 'mongodb://127.0.0.1:27017/newsflow', CONSOLE_SERVICES: 'cleaner=http://127.0.0.1:3102' };

describe('console environment', () => {
  it('falls back to the development token only in development', () => {
    expect(validate({ ...base, NODE_ENV: 'development' }).CONSOLE_ADMIN_TOKEN).toBe(DEVELOPMENT_CONSOLE_TOKEN);
    expect(() => validate({ ...base, NODE_ENV: 'production' })).toThrow(/CONSOLE_ADMIN_TOKEN is required when NODE_ENV is production/);
    expect(() => validate({ ...base, NODE_ENV: 'test' })).toThrow(/CONSOLE_ADMIN_TOKEN/);
    // NODE_ENV unset is production: the well-known token never opens a console by omission.
    expect(() => validate(base)).toThrow(/CONSOLE_ADMIN_TOKEN is required when NODE_ENV is production/);
    // Compose passes unset variables as empty strings: still no credential.
    expect(() => validate({ ...base, NODE_ENV: 'production', CONSOLE_ADMIN_TOKEN: '', QUERY_API_URL: '' })).toThrow(
      /CONSOLE_ADMIN_TOKEN is required when NODE_ENV is production/,
    );
  });

  it('never echoes the secret it rejects', () => {
    expect(() => validate({ ...base, NODE_ENV: 'production', CONSOLE_ADMIN_TOKEN: 'short-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('short-secret') }),
    );
  });

  it('reads the watched services', () => {
    const env = validate({ ...base, NODE_ENV: 'production', CONSOLE_ADMIN_TOKEN: 'a-long-enough-token' });
    expect(env.CONSOLE_SERVICES).toEqual([{ name: 'cleaner', url: 'http://127.0.0.1:3102' }]);
    expect(() => validate({ ...base, CONSOLE_SERVICES: 'cleaner' })).toThrow(/CONSOLE_SERVICES/);
  });
});
