import { ConsoleSnapshot } from './snapshot';
import { ServiceHealth, formatUptime } from './service-health';
import { PartitionStall } from './stalls';

function serviceLine(service: ServiceHealth): string {
  const state = service.live ? (service.ready ? 'ready' : 'not ready') : 'down';
  const columns = [service.name.padEnd(12), state.padEnd(10), (service.version ?? '-').padEnd(9), (service.uptime ?? '-').padEnd(8), service.url];
  const errors = service.processingErrors ? `\n    ${service.processingErrors} processing error(s) since start, redelivered` : '';
  const counters = service.counters.length > 0 ? `\n    ${service.counters.map((counter) => `${counter.label} ${counter.value}`).join(', ')}` : '';
  return `  ${columns.join(' ')}${service.problem ? `\n    ${service.problem}` : ''}${errors}${counters}`;
}

/** `STALLED newsflow.cleaner on raw-pages p0: lag 3, offset 12 unmoved for 4m 10s` and its service's consumer error. */
export function stallLine(stall: PartitionStall, now: number): string {
  const unmoved = formatUptime(Math.max(0, (now - Date.parse(stall.since)) / 1000));
  const head = `STALLED ${stall.group} on ${stall.topic} p${stall.partition}: lag ${stall.lag}, offset ${stall.committed ?? 'none'} unmoved for ${unmoved}`;
  const consumer = [stall.consumerState && `consumer ${stall.consumerState}`, stall.lastError && `last error: ${stall.lastError}`].filter(Boolean).join(', ');
  return consumer ? `${head}\n    ${stall.service}: ${consumer}` : head;
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
  for (const stall of kafka.stalls) lines.push(`  ${stallLine(stall, Date.parse(snapshot.generatedAt))}`);
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
