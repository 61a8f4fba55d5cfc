/** Ports of the suite's loopback sites (the crawler's SSRF guard lets exactly these through). */
export const FAULT_SITE_PORTS = [3207, 3208] as const;

/** The crawler's settings for the suite: feeds come through the admin API; the suite's sites may be crawled fast. */
export function crawlerEnv(ports: readonly number[] = FAULT_SITE_PORTS, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    FEED_POLL_INTERVAL_MS: '3600000',
    CRAWLER_ALLOWED_PRIVATE_HOSTS: ports.map((port) => `127.0.0.1:${port}`).join(','),
    CRAWL_MIN_HOST_DELAY_MS: '0',
    ...extra,
  };
}
