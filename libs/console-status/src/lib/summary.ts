import { ConsoleSnapshot } from './snapshot';
import { ServiceHealth } from './service-health';

function serviceLine(service: ServiceHealth): string {
  const state = service.live ? (service.ready ? 'ready' : 'not ready') : 'down';
  const columns = [service.name.padEnd(12), state.padEnd(10), (service.version ?? '-').padEnd(9), (service.uptime ?? '-').padEnd(8), service.url];
  const errors = service.processingErrors ? `\n    ${service.processingErrors} processing error(s) since start, redelivered` : '';
  const counters = service.counters.length > 0 ? `\n    ${service.counters.map((counter) => `${counter.label} ${counter.value}`).join(', ')}` : '';
  return `  ${columns.join(' ')}${service.problem ? `\n    ${service.problem}` : ''}${errors}${counters}`;
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
    `dead letters ${counts.total} (${Object.entries(counts.byClass).map(([errorClass, count]) => `${errorClass.replaceAll('_', ' ')} ${count}`).join(', ')})`,
    `mongodb      ${mongo.reachable ? `up${mongo.version ? ` (${mongo.version})` : ''}, ${mongo.articleCount ?? 0} articles, ${mongo.articlesLastHour ?? 0} in the last hour` : `down: ${mongo.error ?? 'unknown error'}`}`,
  );
  if (snapshot.feeds.length > 0) {
    const failing = snapshot.feeds.filter((feed) => feed.consecutiveFailures > 0).length;
    lines.push(`feeds        ${snapshot.feeds.length} registered, ${failing} failing`);
  }
  return lines.join('\n');
}
