import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_SPECS } from '@newsflow/contracts';
import { baseEnvSchema, requiredGraceSeconds } from '@newsflow/service-kit';

const ROOT = join(__dirname, '..', '..', '..');

interface ComposeService {
  build?: { dockerfile?: string; args?: Record<string, string> };
  healthcheck?: { test?: string[] };
  restart?: string;
  environment?: Record<string, string>;
  stop_grace_period?: string;
}

/** Seconds of a compose duration such as `30s`, `1m30s` or `1h`. */
function durationSeconds(duration: string): number {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  return [...duration.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)].reduce((sum, [, value, unit]) => sum + Number(value) * units[unit], 0);
}

/** The apps that are deployable services: Nest apps bundled by webpack. */
const serviceApps = readdirSync(join(ROOT, 'apps')).filter((app) => existsSync(join(ROOT, 'apps', app, 'webpack.config.js')));

describe('docker-compose.yml', () => {
  let services: Record<string, ComposeService>;

  beforeAll(() => {
    const compose = execFileSync('bash', [join(ROOT, 'deploy', 'install-compose.sh')], { encoding: 'utf8' }).trim();
    const json = execFileSync(compose, ['-f', join(ROOT, 'docker-compose.yml'), 'config', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FEED_URLS: '' },
    });
    services = JSON.parse(json).services;
  });

  const built = () => Object.entries(services).filter(([, service]) => service.build);

  it('builds every service image from deploy/Dockerfile for an app of the workspace', () => {
    for (const [name, service] of built()) {
      expect(service.build?.dockerfile).toBe('deploy/Dockerfile');
      expect(service.build?.args?.['APP']).toBe(name);
      expect(existsSync(join(ROOT, 'apps', name, 'project.json'))).toBe(true);
    }
  });

  it('deploys every service app of the workspace', () => {
    expect(built().map(([name]) => name).sort()).toEqual([...serviceApps].sort());
  });

  it('health-checks every long-running service', () => {
    const unchecked = Object.entries(services)
      .filter(([, service]) => service.restart !== 'no' && !service.healthcheck?.test?.length)
      .map(([name]) => name);
    expect(unchecked).toEqual([]);
  });

  it('lets every service finish its graceful shutdown before docker kills it', () => {
    for (const [name, service] of built()) {
      const { SHUTDOWN_DEADLINE_MS: deadlineMs } = baseEnvSchema.pick({ SHUTDOWN_DEADLINE_MS: true }).parse(service.environment ?? {});
      expect({ name, grace: durationSeconds(service.stop_grace_period ?? '10s') }).toEqual({ name, grace: requiredGraceSeconds(deadlineMs) });
    }
  });

  it('listens on all interfaces inside containers and points the services that keep state at MongoDB', () => {
    for (const [, service] of built()) expect(service.environment?.['HTTP_HOST']).toBe('0.0.0.0');
    for (const name of ['archiver', 'cleaner', 'crawler']) expect(services[name].environment?.['MONGO_URI']).toMatch(/^mongodb:\/\/mongo:27017\//);
  });
});

describe('deploy/topics/create-topics.sh', () => {
  it('creates exactly the topics of the contracts, with their partitions, retention and size caps', () => {
    const calls = execFileSync('bash', [join(ROOT, 'deploy', 'topics', 'create-topics.sh')], {
      encoding: 'utf8',
      env: { ...process.env, KAFKA_TOPICS_CMD: 'echo' },
    })
      .trim()
      .split('\n')
      .map((line) => {
        const option = (name: string) => new RegExp(`${name}[ =](\\S+)`).exec(line)?.[1];
        return {
          name: option('--topic'),
          partitions: Number(option('--partitions')),
          retentionMs: Number(option('retention\\.ms')),
          maxMessageBytes: Number(option('max\\.message\\.bytes')),
        };
      });
    const expected = TOPIC_SPECS.map(({ name, partitions, retentionMs, maxMessageBytes }) => ({
      name,
      partitions,
      retentionMs,
      maxMessageBytes,
    }));
    expect(calls).toEqual(expect.arrayContaining(expected));
    expect(calls).toHaveLength(expected.length);
  });
});
