import { SampleHistory } from './sample-history';

export const THROUGHPUT_WINDOWS_MINUTES = [1, 5, 15] as const;

export interface ThroughputWindow {
  minutes: number;
  /** Records appended to the topic in the window. */
  records: number;
  perSecond: number;
  /** False while the console has watched for less than the whole window: the figure covers what it saw. */
  complete: boolean;
}

export interface TopicThroughput {
  topic: string;
  /** Sum of the partitions' end offsets: every record ever appended (and still counted) to the topic. */
  endOffset: number;
  windows: ThroughputWindow[];
}

/** A point of the throughput chart: records per second per topic between two samples. */
export interface RatePoint {
  at: number;
  perSecond: Record<string, number>;
}

const MINUTE_MS = 60_000;

/** Sums partition end offsets (kafkajs `fetchTopicOffsets` gives them as decimal strings). */
export function endOffsetSum(partitions: readonly { high: string }[]): number {
  return partitions.reduce((sum, partition) => sum + Number(partition.high), 0);
}

/**
 * Throughput of each topic over the last 1, 5 and 15 minutes, from periodic samples of its end
 * offsets. A topic whose offsets went back (deleted and re-created) counts from zero, never negative.
 */
export function topicThroughput(history: SampleHistory, now: number): TopicThroughput[] {
  const latest = history.latest();
  if (!latest) return [];
  return Object.entries(latest.values).map(([topic, endOffset]) => ({
    topic,
    endOffset,
    windows: THROUGHPUT_WINDOWS_MINUTES.map((minutes) => {
      const start = now - minutes * MINUTE_MS;
      const base = history.atOrBefore(start) ?? latest;
      const records = appended(base.values[topic], endOffset);
      const seconds = (latest.at - base.at) / 1000;
      return { minutes, records, perSecond: seconds > 0 ? records / seconds : 0, complete: base.at <= start };
    }),
  }));
}

/** Records per second per topic between consecutive samples, for the chart. */
export function rateSeries(history: SampleHistory): RatePoint[] {
  const samples = history.all();
  return samples.slice(1).map((sample, index) => {
    const previous = samples[index];
    const seconds = (sample.at - previous.at) / 1000;
    const perSecond = Object.fromEntries(
      Object.entries(sample.values).map(([topic, end]) => [topic, seconds > 0 ? appended(previous.values[topic], end) / seconds : 0]),
    );
    return { at: sample.at, perSecond };
  });
}

function appended(before: number | undefined, after: number): number {
  if (before === undefined || after < before) return before === undefined ? 0 : after;
  return after - before;
}
