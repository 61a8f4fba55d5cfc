import { Admin, Kafka, logLevel } from 'kafkajs';
import { TOPIC_SPECS, TopicSpec } from '@newsflow/contracts';
import { waitFor } from './wait';

/** Runs `work` with an admin client of the local stack, connected for it alone. */
async function withAdmin<T>(brokers: string[], work: (admin: Admin) => Promise<T>, level = logLevel.ERROR): Promise<T> {
  const admin = new Kafka({ clientId: 'newsflow-stack', brokers, logLevel: level }).admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

/** Creates every newsflow topic that does not exist yet, with its partitions, retention and size cap. */
export function ensureTopics(brokers: string[], specs: readonly TopicSpec[] = TOPIC_SPECS): Promise<string[]> {
  return withAdmin(brokers, async (admin) => {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((spec) => !existing.has(spec.name));
    if (missing.length === 0) return [];
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((spec) => ({
        topic: spec.name,
        numPartitions: spec.partitions,
        replicationFactor: 1,
        configEntries: [
          { name: 'retention.ms', value: String(spec.retentionMs) },
          { name: 'max.message.bytes', value: String(spec.maxMessageBytes) },
          { name: 'cleanup.policy', value: 'delete' },
        ],
      })),
    });
    const created = missing.map((spec) => spec.name);
    await untilLed(admin, created);
    return created;
  });
}

/**
 * Waits (a minute at most) until every partition of `topics` has a leader. kafkajs' own wait
 * (`waitForLeaders`) retries only LEADER_NOT_AVAILABLE and fails when a loaded broker still answers
 * UNKNOWN_TOPIC_OR_PARTITION for a topic it has just created (tulios/kafkajs#1222): it failed CI's
 * fault-stack start once, on a machine busy with other work.
 */
async function untilLed(admin: Admin, topics: string[], timeoutMs = 60_000): Promise<void> {
  const led = async () => {
    const { topics: found } = await admin.fetchTopicMetadata({ topics });
    return found.length === topics.length && found.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0));
  };
  await waitFor('leaders of the new topics', led, timeoutMs);
}

/**
 * Waits until the broker coordinates consumer groups. A fresh broker creates its offsets topic on
 * the first group request and answers NOT_COORDINATOR until that topic has leaders; services and
 * tests that start right after `stack up` would otherwise meet that error.
 */
export async function waitForGroupCoordinator(brokers: string[], timeoutMs = 60_000): Promise<void> {
  const probe = { groupId: 'newsflow-stack-readiness', topics: [TOPIC_SPECS[0].name] };
  const coordinated = (admin: Admin) => waitFor('the Kafka group coordinator', async () => (await admin.fetchOffsets(probe)).length > 0, timeoutMs);
  await withAdmin(brokers, coordinated, logLevel.NOTHING);
}

/**
 * Commits `groupId`'s offsets on `topic` at its end, so a consumer group started next takes only
 * what is published from now on. For suites sharing the local stack: records an earlier suite left
 * on a pipeline topic would otherwise reach this suite's services. Waits (a minute at most) for the
 * group's members to leave: a process killed a moment ago stays a member until its session times out.
 */
export function skipBacklog(brokers: string[], groupId: string, topic: string): Promise<void> {
  return withAdmin(brokers, async (admin) => {
    // Not resetOffsets({ earliest: false }): it commits -1, which a group subscribed from the beginning reads as "from the start".
    const ends = await admin.fetchTopicOffsets(topic);
    await untilGroupsEmpty(admin, [groupId]);
    await admin.setOffsets({ groupId, topic, partitions: ends.map(({ partition, high }) => ({ partition, offset: high })) });
  });
}

/**
 * Waits (a minute at most) until the groups have no member: a process killed or stopped a moment ago
 * stays a member until its session times out, and a group with members cannot be reset or deleted.
 */
export async function untilGroupsEmpty(admin: Admin, groupIds: string[], timeoutMs = 60_000): Promise<void> {
  let busy: string[] = [];
  const empty = async () => {
    busy = (await admin.describeGroups(groupIds)).groups.filter((group) => group.members.length > 0).map((group) => group.groupId);
    return busy.length === 0;
  };
  await waitFor('consumer groups without members', empty, timeoutMs).catch((error: Error) => {
    throw new Error(`${error.message}; still with members: ${busy.join(', ')}`);
  });
}
