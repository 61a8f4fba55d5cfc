import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { TOPIC_SPECS } from '@newsflow/contracts';
import {
  Daemon,
  KAFKA_VERSION,
  StackSettings,
  ensureTopics,
  ferretDbDaemon,
  ferretDbReady,
  kafkaBrokers,
  kafkaDaemon,
  kafkaReady,
  runningPid,
  stackDown,
  stackSettings,
  stackUp,
  startDaemon,
  stopDaemon,
  untilGroupsEmpty,
  waitFor,
  waitUntilReady,
  workspaceRoot,
} from '@newsflow/local-stack';

/** The suite's own broker and store, so it can stop them without disturbing the shared stack. */
export function faultStackSettings(): StackSettings {
  return {
    home: join(workspaceRoot(), '.local', 'faults-stack'),
    kafkaPort: 19492,
    kafkaControllerPort: 19493,
    mongoPort: 27418,
  };
}

export const faultBrokers = () => kafkaBrokers(faultStackSettings());
export const faultKafka = () => new Kafka({ clientId: 'newsflow-faults', brokers: faultBrokers(), logLevel: logLevel.NOTHING });
export const faultMongoUri = (database: string) => `mongodb://127.0.0.1:${faultStackSettings().mongoPort}/${database}`;

/**
 * Links the Kafka jars and the FerretDB binary of the main stack's home (NEWSFLOW_STACK_HOME, else .local)
 * into the suite's home, so nothing is downloaded or built twice; what the main home lacks, `stackUp` installs.
 */
function linkBinaries(own: StackSettings, main: StackSettings): void {
  const links: [string, string][] = [[join('kafka', `libs-${KAFKA_VERSION}`), join('kafka', `libs-${KAFKA_VERSION}`)]];
  const ferretDir = join(main.home, 'ferretdb');
  if (existsSync(ferretDir)) {
    for (const name of readdirSync(ferretDir).filter((file) => file.startsWith('ferretdb-'))) links.push([join('ferretdb', name), join('ferretdb', name)]);
  }
  for (const [from, to] of links) {
    const source = join(main.home, from);
    const target = join(own.home, to);
    if (!existsSync(source) || existsSync(target)) continue;
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(source, target);
  }
}

/** Starts the suite's stack on empty data (a leftover broker or store of an earlier run is stopped first). */
export async function faultStackUp(): Promise<void> {
  const own = faultStackSettings();
  await stackDown(() => undefined, own);
  rmSync(join(own.home, 'kafka', 'data'), { recursive: true, force: true });
  rmSync(join(own.home, 'ferretdb', 'data'), { recursive: true, force: true });
  linkBinaries(own, stackSettings());
  await stackUp(() => undefined, own);
}

export const faultStackDown = () => stackDown(() => undefined, faultStackSettings());

export const brokerDaemon = (): Daemon => kafkaDaemon(faultStackSettings());
export const storeDaemon = (): Daemon => ferretDbDaemon(faultStackSettings());

export async function startBroker(): Promise<void> {
  startDaemon(brokerDaemon());
  await waitUntilReady(brokerDaemon(), () => kafkaReady(faultStackSettings()), 180_000);
}

export async function startStore(): Promise<void> {
  startDaemon(storeDaemon());
  await waitUntilReady(storeDaemon(), () => ferretDbReady(faultStackSettings()), 120_000);
}

export const stopBroker = () => stopDaemon(brokerDaemon(), 60_000);
export const stopStore = () => stopDaemon(storeDaemon(), 30_000);

/** Freezes (SIGSTOP) or thaws (SIGCONT) the broker: connections stay open, requests go unanswered. */
export function signalBroker(signal: 'SIGSTOP' | 'SIGCONT'): void {
  const pid = runningPid(brokerDaemon());
  if (!pid) throw new Error('the suite broker is not running');
  process.kill(pid, signal);
}

/**
 * Deletes every newsflow topic and consumer group and creates the topics afresh, so a case starts
 * from empty topics whatever the case before it left (a stalled partition, unread dead letters).
 * The services must be stopped (a group with members cannot be deleted).
 */
export async function resetTopics(): Promise<void> {
  const admin = faultKafka().admin();
  await admin.connect();
  try {
    const names = new Set<string>(TOPIC_SPECS.map((spec) => spec.name));
    const existing = (await admin.listTopics()).filter((topic) => names.has(topic));
    if (existing.length) await admin.deleteTopics({ topics: existing, timeout: 60_000 });
    const groups = (await admin.listGroups()).groups.map((group) => group.groupId);
    if (groups.length) {
      await untilGroupsEmpty(admin, groups);
      await admin.deleteGroups(groups).catch(unlessAlreadyGone);
    }
    await waitFor('the deleted topics to go', async () => !(await admin.listTopics()).some((topic) => names.has(topic)), 120_000);
  } finally {
    await admin.disconnect();
  }
  await waitFor('the topics created afresh', async () => (await ensureTopics(faultBrokers()), true), 120_000, 2000);
}

/** A group listed a moment ago may be gone by the time it is deleted; any other refusal is reported with its groups. */
function unlessAlreadyGone(error: Error & { groups?: { groupId: string; error?: { type?: string } }[] }): void {
  const refused = (error.groups ?? []).filter((group) => group.error?.type !== 'GROUP_ID_NOT_FOUND');
  if (!error.groups || refused.length > 0) {
    throw new Error(`deleting the consumer groups failed: ${refused.map((group) => `${group.groupId} ${group.error?.type}`).join(', ') || error.message}`);
  }
}
