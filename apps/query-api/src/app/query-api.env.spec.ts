import { envValidator } from '@newsflow/service-kit';
import { queryApiEnvSchema } from './query-api.env';

const validate = envValidator(queryApiEnvSchema);
const base = { HTTP_PORT: '3106', MONGO_URI: 'mongodb://127.0.0.1:27017/newsflow' };

describe('query API environment', () => {
  it('allows no cross-origin caller unless QUERY_API_CORS_ORIGINS lists it', () => {
    expect(validate(base).QUERY_API_CORS_ORIGINS).toEqual([]);
    // Compose passes an unset variable as an empty string.
    expect(validate({ ...base, QUERY_API_CORS_ORIGINS: '' }).QUERY_API_CORS_ORIGINS).toEqual([]);
    expect(validate({ ...base, QUERY_API_CORS_ORIGINS: 'https://reader.example.org' }).QUERY_API_CORS_ORIGINS).toEqual(['https://reader.example.org']);
  });

  it('refuses to start on a wildcard or a URL that is not an origin, naming the variable', () => {
    expect(() => validate({ ...base, QUERY_API_CORS_ORIGINS: '*' })).toThrow(/QUERY_API_CORS_ORIGINS/);
    expect(() => validate({ ...base, QUERY_API_CORS_ORIGINS: 'https://reader.example.org/app' })).toThrow(/not a bare origin/);
  });
});
