import { version } from '../../../../../package.json';

/** What a running service reports about itself on /health/live: which build, up since when. */
export interface ProcessInfo {
  service: string;
  version: string;
  startedAt: string;
  uptimeSeconds: number;
}

const startedAt = new Date(Date.now() - process.uptime() * 1000);

export function processInfo(service: string): ProcessInfo {
  return { service, version, startedAt: startedAt.toISOString(), uptimeSeconds: Math.round(process.uptime()) };
}
