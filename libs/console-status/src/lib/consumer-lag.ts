/** A consumer group's committed offsets, as kafkajs `admin.fetchOffsets` returns them. */
export interface GroupOffsets {
  topic: string;
  partitions: readonly { partition: number; offset: string }[];
}

/** A topic's partition offsets, as kafkajs `admin.fetchTopicOffsets` returns them. */
export interface PartitionOffsets {
  partition: number;
  high: string;
  low: string;
}

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  /** Next offset the group will read; null when it has committed nothing on this partition yet. */
  committed: number | null;
  end: number;
  lag: number;
}

export interface GroupTopicLag {
  group: string;
  topic: string;
  lag: number;
  partitions: PartitionLag[];
}

/**
 * How far each group is behind on each partition: end offset minus committed offset. A partition
 * without a commit (-1) has everything still retained (end minus start) ahead of it.
 */
export function consumerLag(
  group: string,
  committed: readonly GroupOffsets[],
  endOffsets: ReadonlyMap<string, readonly PartitionOffsets[]>,
): GroupTopicLag[] {
  return committed
    .flatMap(({ topic, partitions }) => {
      const ends = endOffsets.get(topic);
      if (!ends) return [];
      const byPartition = new Map(partitions.map((entry) => [entry.partition, Number(entry.offset)]));
      const lags = ends.map(({ partition, high, low }): PartitionLag => {
        const offset = byPartition.get(partition);
        const end = Number(high);
        const hasCommit = offset !== undefined && offset >= 0;
        return {
          group,
          topic,
          partition,
          committed: hasCommit ? offset : null,
          end,
          lag: Math.max(0, end - (hasCommit ? offset : Number(low))),
        };
      });
      return [{ group, topic, lag: lags.reduce((sum, entry) => sum + entry.lag, 0), partitions: lags }];
    });
}
