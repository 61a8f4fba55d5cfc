import { Daemon, runningPid, startDaemon, stopDaemon, waitUntilReady } from './daemon';
import { ferretDbDaemon, ferretDbReady, installFerretDb } from './ferretdb';
import { installKafka, kafkaDaemon, kafkaReady, prepareKafka } from './kafka';
import { missingTools } from './run';
import { StackSettings, kafkaBrokers, mongoUri, stackSettings } from './settings';
import { ensureTopics, waitForGroupCoordinator } from './topics';

const REQUIRED_TOOLS = [
  { command: 'java', versionFlag: '-version', hint: 'install a Java 17+ JDK (Kafka runs on the JVM)' },
  { command: 'mvn', versionFlag: '-v', hint: 'install Apache Maven (it downloads the Kafka jars from Maven Central)' },
  { command: 'go', versionFlag: 'version', hint: 'install Go 1.22+ (FerretDB is built from its Go module)' },
];

export interface ComponentStatus {
  name: string;
  pid?: number;
  ready: boolean;
  address: string;
}

export interface StackStatus {
  kafka: ComponentStatus;
  mongo: ComponentStatus;
}

type Log = (line: string) => void;

/** Installs what is missing, starts Kafka and FerretDB, waits until both answer, creates the topics, waits for the group coordinator. Idempotent. */
export async function stackUp(log: Log = console.log, settings: StackSettings = stackSettings()): Promise<StackStatus> {
  const missing = missingTools(REQUIRED_TOOLS);
  if (missing.length > 0) throw new Error(`cannot start the local stack:\n  ${missing.join('\n  ')}`);
  log('installing Kafka jars (Maven) and FerretDB (Go) if missing…');
  installFerretDb(settings);
  await kafkaUp(settings, log);
  await startAndWait(ferretDbDaemon(settings), () => ferretDbReady(settings), log);
  return stackStatus(settings);
}

/**
 * Installs and starts Kafka alone, creates the topics, waits for the group coordinator. Idempotent.
 * Also for tests that stop and restart a broker of their own (kafkaDown), on ports of their own.
 */
export async function kafkaUp(settings: StackSettings, log: Log = () => undefined): Promise<void> {
  installKafka(settings);
  prepareKafka(settings);
  await startAndWait(kafkaDaemon(settings), () => kafkaReady(settings), log);
  const created = await ensureTopics(kafkaBrokers(settings));
  log(created.length ? `created topics: ${created.join(', ')}` : 'topics already exist');
  await waitForGroupCoordinator(kafkaBrokers(settings));
}

/** Stops Kafka: SIGTERM, then SIGKILL after `graceMs` (0 kills it at once, as a crash would). */
export function kafkaDown(settings: StackSettings, graceMs?: number): Promise<boolean> {
  return stopDaemon(kafkaDaemon(settings), graceMs);
}

async function startAndWait(daemon: Daemon, probe: () => Promise<boolean>, log: Log): Promise<void> {
  const pid = startDaemon(daemon);
  await waitUntilReady(daemon, probe, 120_000);
  log(`${daemon.name} ready (pid ${pid}, log ${daemon.logFile})`);
}

/** Stops FerretDB and Kafka; data stays for the next `up`. */
export async function stackDown(log: Log = console.log, settings: StackSettings = stackSettings()): Promise<void> {
  for (const daemon of [ferretDbDaemon(settings), kafkaDaemon(settings)]) {
    log(`${daemon.name}: ${(await stopDaemon(daemon)) ? 'stopped' : 'was not running'}`);
  }
}

export async function stackStatus(settings: StackSettings = stackSettings()): Promise<StackStatus> {
  const [kafka, mongo] = await Promise.all([
    componentStatus(kafkaDaemon(settings), kafkaBrokers(settings).join(','), () => kafkaReady(settings)),
    componentStatus(ferretDbDaemon(settings), mongoUri(settings), () => ferretDbReady(settings)),
  ]);
  return { kafka, mongo };
}

async function componentStatus(daemon: Daemon, address: string, probe: () => Promise<boolean>): Promise<ComponentStatus> {
  const pid = runningPid(daemon);
  const ready = pid !== undefined && (await probe().catch(() => false));
  return { name: daemon.name, pid, ready, address };
}
