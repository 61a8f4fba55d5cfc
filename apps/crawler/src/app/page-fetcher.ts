import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  FetchEnv,
  FetchedPage,
  NotModified,
  PoliteFetcher,
  RefetchWindow,
  Validators,
  crawlSettings,
  fetchEnvShape,
  createPoliteFetcher,
  fetchFeedIfModified,
  fetchHtml,
} from '@newsflow/crawling';
import { CrawlStateRepository } from '@newsflow/crawl-store';
import { version } from '../../../../package.json';
import { CrawlerEnv } from './crawler.env';

/** The crawler's one door to the web: the polite, guarded fetch path, with its state in MongoDB. */
@Injectable()
export class PageFetcher implements BeforeApplicationShutdown {
  private readonly fetcher: PoliteFetcher;
  readonly refetchWindow: RefetchWindow;

  constructor(config: ConfigService<CrawlerEnv, true>, state: CrawlStateRepository) {
    const env = Object.fromEntries(Object.keys(fetchEnvShape).map((key) => [key, config.get(key as keyof FetchEnv)])) as FetchEnv;
    const settings = crawlSettings(env, version);
    this.fetcher = createPoliteFetcher(settings, state);
    this.refetchWindow = new RefetchWindow(state, settings.refetchWindowMs);
  }

  html(url: string): Promise<FetchedPage> {
    return fetchHtml(this.fetcher)(url);
  }

  /** A conditional GET of a feed with the validators of its last poll; 304 comes back as NotModified. */
  feedIfModified(url: string, validators: Validators): Promise<FetchedPage | NotModified> {
    return fetchFeedIfModified(this.fetcher, url, validators);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.fetcher.client.close();
  }
}
