import type { Language } from './data/vocab';

export interface FixtureSiteOptions {
  /** Interface to bind both servers to; default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  aggregatorPort?: number;
  publisherPort?: number;
}

/** One item with absolute URLs on the running servers. */
export interface FixtureItemView {
  slug: string;
  title: string;
  language: Language;
  /** Article text in order, without site chrome. */
  paragraphs: string[];
  /** Aggregator item page. */
  itemUrl: string;
  /** Original publisher article; absent when the aggregator page is the original. */
  sourceUrl?: string;
  publishedAt: string;
  author: string;
  /** Slug of the item whose story this one republishes, edited or word for word. */
  copyOf?: string;
}

export interface FixtureSite {
  /** Origin of the aggregator, without trailing slash. */
  aggregatorUrl: string;
  /** Origin of the publishers server, without trailing slash. */
  publisherUrl: string;
  feedUrl: string;
  /** Google News sitemap of every item page. */
  newsSitemapUrl: string;
  /** Sitemap index (named in robots.txt) of the news sitemap and a gzipped post sitemap. */
  sitemapIndexUrl: string;
  items: FixtureItemView[];
  /** Stops both servers and frees their ports. */
  close(): Promise<void>;
}
