import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FEED_TYPES, FetchOptions, FetchedPage, HTML_TYPES, NotModified, Validators, fetchIfModified, fetchPage } from '@newsflow/crawling';
import { CrawlerEnv } from './crawler.env';

/** The crawler's one door to the web, configured from the environment. */
@Injectable()
export class PageFetcher {
  private readonly options: Omit<FetchOptions, 'accept'>;

  constructor(config: ConfigService<CrawlerEnv, true>) {
    this.options = {
      userAgent: config.get('CRAWLER_USER_AGENT'),
      timeoutMs: config.get('FETCH_TIMEOUT_MS'),
      maxBytes: config.get('FETCH_MAX_BYTES'),
    };
  }

  html(url: string): Promise<FetchedPage> {
    return fetchPage(url, { ...this.options, accept: HTML_TYPES });
  }

  feed(url: string): Promise<FetchedPage> {
    return fetchPage(url, { ...this.options, accept: FEED_TYPES });
  }

  /** A conditional GET of a feed with the validators of its last poll; 304 comes back as NotModified. */
  feedIfModified(url: string, validators: Validators): Promise<FetchedPage | NotModified> {
    return fetchIfModified(url, { ...this.options, accept: FEED_TYPES }, validators);
  }
}
