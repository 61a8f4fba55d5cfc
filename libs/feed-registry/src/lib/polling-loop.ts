import { ClaimedFeed, FeedClaims } from './feed-record';
import { FeedPollPorts, FeedPollSettings, PollReport, nowOf, pollFeed } from './feed-poll';

export interface PollingLoopSettings extends FeedPollSettings {
  /** Feeds one instance polls at the same time. */
  concurrency: number;
  /** How long a claim lasts unless renewed; renewed every third of it while the poll runs, so a crashed instance's feeds are due again within it. */
  leaseMs: number;
}

export interface PollingLoopPorts extends FeedPollPorts {
  claims: FeedClaims;
  /**
   * Told about every finished poll and whether its state was stored: not when the lease was lost
   * (or the feed removed) meanwhile, nor when the store failed (`storeError`; the lease then
   * expires and the feed is polled again).
   */
  onPolled(report: PollReport, stored: boolean, storeError?: Error): void;
}

/**
 * Keeps up to `concurrency` due feeds polling on this instance. Every feed is claimed atomically
 * in the shared store first, so several instances never poll one feed at the same time.
 */
export class FeedPollingLoop {
  private readonly inFlight = new Set<Promise<void>>();
  private filling?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly ports: PollingLoopPorts,
    private readonly settings: PollingLoopSettings,
  ) {}

  /** Claims due feeds until the slots are full or none is due; returns once they are all started. */
  fill(): Promise<void> {
    this.filling ??= this.claimWhileFree().finally(() => (this.filling = undefined));
    return this.filling;
  }

  /** Claims nothing more and waits for the polls in flight to be stored. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.settled();
  }

  /** Resolves when every poll started so far has finished. */
  async settled(): Promise<void> {
    await this.filling;
    await Promise.all(this.inFlight);
  }

  private async claimWhileFree(): Promise<void> {
    while (!this.stopped && this.inFlight.size < this.settings.concurrency) {
      const claim = await this.ports.claims.claimDue(nowOf(this.ports), this.settings.leaseMs);
      if (!claim) return;
      const polling = this.poll(claim).finally(() => this.inFlight.delete(polling));
      this.inFlight.add(polling);
    }
  }

  private async poll(claim: ClaimedFeed): Promise<void> {
    const renewal = this.keepLease(claim);
    const report = await pollFeed(claim, this.ports, this.settings).finally(() => clearInterval(renewal));
    try {
      this.ports.onPolled(report, await this.ports.claims.release(claim, report.state));
    } catch (error) {
      this.ports.onPolled(report, false, error as Error);
    }
  }

  /**
   * Renews the claim while its poll runs: a poll longer than the lease (a slow host, a big sitemap
   * index) keeps its feed, and the lease can stay short. A failed renewal is not an error of the
   * poll: if the lease is lost meanwhile, its release says so.
   */
  private keepLease(claim: ClaimedFeed): NodeJS.Timeout {
    const { leaseMs } = this.settings;
    const renew = () => void this.ports.claims.renew(claim, nowOf(this.ports), leaseMs).catch(() => false);
    return setInterval(renew, leaseMs / 3).unref();
  }
}
