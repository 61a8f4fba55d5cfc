import { ConsoleSnapshot } from './snapshot';
import { ServiceHealth } from './service-health';

/** A duration in seconds as `2d 3h`, `4h 5m`, `6m 7s` or `8s`. */
export function formatUptime(seconds: number): string {
  const parts: [number, string][] = [
    [Math.floor(seconds / 86_400), 'd'],
    [Math.floor((seconds % 86_400) / 3_600), 'h'],
    [Math.floor((seconds % 3_600) / 60), 'm'],
    [Math.floor(seconds % 60), 's'],
  ];
  const largest = parts.findIndex(([value]) => value > 0);
  const from = largest === -1 ? parts.length - 1 : largest;
  return parts
    .slice(from, from + 2)
    .map(([value, unit]) => `${value}${unit}`)
    .join(' ');
}

function serviceLine(service: ServiceHealth): string {
  const state = service.live ? (service.ready ? 'ready' : 'not ready') : 'down';
  const uptime = service.uptimeSeconds === undefined ? '-' : formatUptime(service.uptimeSeconds);
  const columns = [service.name.padEnd(12), state.padEnd(10), (service.version ?? '-').padEnd(9), uptime.padEnd(8), service.url];
  return `  ${columns.join(' ')}${service.problem ? `\n    ${service.problem}` : ''}`;
}

const rate = (perSecond: number) => (perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(2));

/** The health summary `newsflow status` prints: the same facts as the dashboard's header panels. */
export function formatSummary(snapshot: ConsoleSnapshot): string {
  const { kafka, mongo, deadLetters } = snapshot;
  const lines = [`newsflow: ${snapshot.overall} (as of ${snapshot.generatedAt})`, '', 'services', ...snapshot.services.map(serviceLine)];
  lines.push('', `kafka        ${kafka.reachable ? 'reachable' : `unreachable: ${kafka.error ?? 'unknown error'}`}`);
  for (const topic of kafka.throughput.filter((entry) => entry.windows.some((window) => window.records > 0))) {
    lines.push(`  ${topic.topic.padEnd(32)} ${topic.windows.map((window) => `${rate(window.perSecond)}/s ${window.minutes}m`).join('  ')}`);
  }
  for (const entry of kafka.lag) lines.push(`  lag ${entry.group} on ${entry.topic}: ${entry.lag}`);
  const counts = deadLetters.counts;
  lines.push(
    '',
    `dead letters ${counts.total} (transient ${counts.byClass.transient}, bad data ${counts.byClass.bad_data}, policy ${counts.byClass.policy})`,
    `mongodb      ${mongo.reachable ? `up${mongo.version ? ` (${mongo.version})` : ''}, ${mongo.articleCount ?? 0} articles, ${mongo.articlesLastHour ?? 0} in the last hour` : `down: ${mongo.error ?? 'unknown error'}`}`,
  );
  if (snapshot.feeds.length > 0) {
    const failing = snapshot.feeds.filter((feed) => feed.consecutiveFailures > 0).length;
    lines.push(`feeds        ${snapshot.feeds.length} registered, ${failing} failing`);
  }
  return lines.join('\n');
}
