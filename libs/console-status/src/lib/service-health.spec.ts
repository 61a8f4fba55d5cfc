import { overallHealth, parseServiceEndpoints, serviceHealth } from './service-health';

const endpoint = { name: 'archiver', url: 'http://127.0.0.1:3104' };
const live = {
  status: 200,
  body: { status: 'ok', details: { process: { status: 'up', version: '0.1.0', uptimeSeconds: 42, startedAt: '2026-01-01T00:00:00.000Z' } } },
};
const ready = { status: 200, body: { status: 'ok', details: { kafka: { status: 'up' }, mongodb: { status: 'up' } } } };

describe('parseServiceEndpoints', () => {
  it('reads name=url pairs and drops trailing slashes', () => {
    expect(parseServiceEndpoints('crawler=http://127.0.0.1:3101/, archiver=https://a.example:8443')).toEqual([
      { name: 'crawler', url: 'http://127.0.0.1:3101' },
      { name: 'archiver', url: 'https://a.example:8443' },
    ]);
  });

  it('names the entry it cannot read', () => {
    expect(() => parseServiceEndpoints('crawler=http://x:1,cleaner')).toThrow(/"cleaner"/);
  });
});

describe('serviceHealth', () => {
  it('reports version, uptime, processing errors and each readiness check of a healthy service', () => {
    const metrics = '# TYPE newsflow_processing_errors_total counter\nnewsflow_processing_errors_total{topic="t"} 4\n';
    expect(serviceHealth(endpoint, live, ready, metrics)).toEqual({
      ...endpoint,
      live: true,
      ready: true,
      version: '0.1.0',
      uptimeSeconds: 42,
      uptime: '42s',
      startedAt: '2026-01-01T00:00:00.000Z',
      processingErrors: 4,
      counters: [],
      checks: { kafka: 'up', mongodb: 'up' },
    });
  });

  it('names the failing check of a live service that is not ready', () => {
    const notReady = {
      status: 503,
      body: { status: 'error', details: { kafka: { status: 'up' }, mongodb: { status: 'down', message: 'timeout' } } },
    };
    expect(serviceHealth(endpoint, live, notReady)).toMatchObject({
      live: true,
      ready: false,
      checks: { kafka: 'up', mongodb: 'down' },
      problem: 'not ready: mongodb: timeout',
    });
  });

  it("reads the stage consumer's state and last error from readiness, as far as it reports them", () => {
    const crashed = {
      status: 503,
      body: {
        status: 'error',
        details: {
          kafka: { status: 'up' },
          consumer: { status: 'down', state: 'crashed', since: '2026-01-01T00:01:00.000Z', lastError: { message: 'KafkaJSProtocolError: not authorised', at: '2026-01-01T00:01:00.000Z' } },
        },
      },
    };
    expect(serviceHealth(endpoint, live, crashed)).toMatchObject({
      ready: false,
      checks: { kafka: 'up', consumer: 'down' },
      consumer: { state: 'crashed', lastError: { message: 'KafkaJSProtocolError: not authorised', at: '2026-01-01T00:01:00.000Z' } },
      problem: 'not ready: consumer: crashed: KafkaJSProtocolError: not authorised',
    });
    const recovered = { status: 200, body: { status: 'ok', details: { consumer: { status: 'up', state: 'running', lastError: 'broker gone' } } } };
    expect(serviceHealth(endpoint, live, recovered).consumer).toEqual({ state: 'running', lastError: { message: 'broker gone' } });
    const unknownShape = { status: 200, body: { status: 'ok', details: { consumer: { status: 'up', lastError: 42 } } } };
    expect(serviceHealth(endpoint, live, unknownShape).consumer).toBeUndefined();
    expect(serviceHealth(endpoint, live, ready).consumer).toBeUndefined();
  });

  it('reports a service that does not answer as down with the reason', () => {
    const refused = { error: 'connect ECONNREFUSED' };
    expect(serviceHealth(endpoint, refused, refused)).toMatchObject({
      live: false,
      ready: false,
      checks: {},
      problem: 'liveness probe failed: connect ECONNREFUSED',
    });
  });
});

describe('overallHealth', () => {
  const up = serviceHealth(endpoint, live, ready);
  const down = serviceHealth(endpoint, { error: 'refused' }, { error: 'refused' });

  it('is healthy, degraded or down', () => {
    expect(overallHealth([up, up])).toBe('healthy');
    expect(overallHealth([up, down])).toBe('degraded');
    expect(overallHealth([down, down])).toBe('down');
  });

  it('is degraded while a partition is stalled, even with every service ready', () => {
    expect(overallHealth([up, up], 1)).toBe('degraded');
    expect(overallHealth([down, down], 1)).toBe('down');
  });
});
