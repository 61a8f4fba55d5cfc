export * from './lib/settings';
export * from './lib/stack';
export { ensureTopics, skipBacklog, untilGroupsEmpty } from './lib/topics';
export { startDaemon, stopDaemon, runningPid, waitUntilReady, type Daemon } from './lib/daemon';
export * from './lib/services';
export * from './lib/wait';
export { kafkaDaemon, kafkaReady } from './lib/kafka';
export { ferretDbDaemon, ferretDbReady } from './lib/ferretdb';
export { run } from './lib/run';
