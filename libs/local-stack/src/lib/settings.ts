import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const KAFKA_VERSION = '3.9.1';
export const FERRETDB_VERSION = 'v1.24.2';

/** Where the local stack keeps binaries, data and logs (git-ignored). */
export interface StackSettings {
  home: string;
  kafkaPort: number;
  kafkaControllerPort: number;
  mongoPort: number;
}

/** The workspace root: the nearest folder above `from` holding nx.json. */
export function workspaceRoot(from = process.cwd()): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no nx.json above ${from}: run newsflow inside the workspace`);
    dir = parent;
  }
  return dir;
}

export function stackSettings(env: NodeJS.ProcessEnv = process.env): StackSettings {
  return {
    home: env['NEWSFLOW_STACK_HOME'] ?? join(workspaceRoot(), '.local'),
    kafkaPort: Number(env['NEWSFLOW_KAFKA_PORT'] ?? 9092),
    kafkaControllerPort: Number(env['NEWSFLOW_KAFKA_CONTROLLER_PORT'] ?? 9093),
    mongoPort: Number(env['NEWSFLOW_MONGO_PORT'] ?? 27017),
  };
}

export const kafkaBrokers = (settings: StackSettings) => [`127.0.0.1:${settings.kafkaPort}`];
export const mongoUri = (settings: StackSettings) => `mongodb://127.0.0.1:${settings.mongoPort}/newsflow`;
