import { normalizeUrl } from '@newsflow/contracts';

/** When normalised URLs were last fetched; shared by crawler instances and kept across restarts. */
export interface FetchHistory {
  lastFetchedAt(normalizedUrl: string): Promise<Date | undefined>;
  recordFetch(normalizedUrl: string, at: Date): Promise<void>;
}

/** No refetch of a URL (normalised: tracking parameters, fragment, default port, query order aside) within `windowMs`. */
export class RefetchWindow {
  constructor(
    private readonly history: FetchHistory,
    private readonly windowMs: number,
    private readonly clock = () => new Date(),
  ) {}

  /** The time the URL was fetched within the window, or undefined when it may be fetched. */
  async fetchedRecently(url: string): Promise<Date | undefined> {
    if (this.windowMs <= 0) return undefined;
    const last = await this.history.lastFetchedAt(normalizeUrl(url));
    return last && this.clock().getTime() - last.getTime() < this.windowMs ? last : undefined;
  }

  record(urls: readonly string[]): Promise<void> {
    const at = this.clock();
    return Promise.all([...new Set(urls.map(normalizeUrl))].map((url) => this.history.recordFetch(url, at))).then(() => undefined);
  }
}
