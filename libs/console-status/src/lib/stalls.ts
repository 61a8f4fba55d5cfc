import { consumerGroupOf } from '@newsflow/contracts';
import { GroupTopicLag } from './consumer-lag';
import { ServiceHealth } from './service-health';

/** A partition with records waiting whose group has committed nothing new for a while. */
export interface PartitionStall {
  group: string;
  topic: string;
  partition: number;
  committed: number | null;
  lag: number;
  /** Since when the committed offset has not moved while records waited (ISO 8601). */
  since: string;
  /** The service that owns the group, when the console watches it. */
  service?: string;
  /** That service's consumer state and last consumer error, from its /health/ready. */
  consumerState?: string;
  lastError?: string;
}

interface Progress {
  committed: number | null;
  /** When the committed offset last moved, or the partition last had nothing waiting. */
  movedAt: number;
}

/**
 * Finds stalled partitions from successive lag samples: lag above zero and a committed offset that
 * has not moved for `stallAfterMs`. An idle partition (lag 0) is never stalled; a partition first
 * seen with lag counts from that sample, as the console cannot know for how long it waited before.
 */
export class StallWatch {
  private progress = new Map<string, Progress>();
  private latest: readonly GroupTopicLag[] = [];

  constructor(private readonly stallAfterMs: number) {}

  observe(lag: readonly GroupTopicLag[], now: number): void {
    const next = new Map<string, Progress>();
    for (const { group, topic, partitions } of lag) {
      for (const { partition, committed, lag: waiting } of partitions) {
        const key = `${group}\u0000${topic}\u0000${partition}`;
        const seen = this.progress.get(key);
        const moved = !seen || waiting === 0 || seen.committed !== committed;
        next.set(key, { committed, movedAt: moved ? now : seen.movedAt });
      }
    }
    this.progress = next;
    this.latest = lag;
  }

  stalls(now: number): PartitionStall[] {
    return this.latest.flatMap(({ group, topic, partitions }) =>
      partitions.flatMap(({ partition, committed, lag }) => {
        const movedAt = this.progress.get(`${group}\u0000${topic}\u0000${partition}`)?.movedAt ?? now;
        return lag > 0 && now - movedAt >= this.stallAfterMs ? [{ group, topic, partition, committed, lag, since: new Date(movedAt).toISOString() }] : [];
      }),
    );
  }
}

/** Names each stall's service (group `newsflow.<name>`) and adds what its readiness says of its consumer. */
export function withOwners(stalls: readonly PartitionStall[], services: readonly ServiceHealth[]): PartitionStall[] {
  return stalls.map((stall) => {
    const owner = services.find((service) => consumerGroupOf(service.name) === stall.group);
    if (!owner) return stall;
    return { ...stall, service: owner.name, consumerState: owner.consumer?.state, lastError: owner.consumer?.lastError?.message };
  });
}
