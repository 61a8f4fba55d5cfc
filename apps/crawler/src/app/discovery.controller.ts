import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { discoverSources } from '@newsflow/feed';
import { ADMIN_FEEDS_PATH, DISCOVER_PATH, DiscoverRequest, DiscoveryView, discoverRequestSchema, toFeedView } from '@newsflow/feed-registry';
import { FeedRepository } from '@newsflow/feed-store';
import { ZodValidationPipe } from '@newsflow/service-kit';
import { AdminTokenGuard } from './admin-token.guard';
import { PageFetcher } from './page-fetcher';

/** Finds a site's feeds and sitemaps through the crawler's own fetch path (guards, robots.txt, politeness). */
@Controller(ADMIN_FEEDS_PATH)
@UseGuards(AdminTokenGuard)
export class DiscoveryController {
  constructor(
    private readonly feeds: FeedRepository,
    private readonly fetcher: PageFetcher,
  ) {}

  @Post(DISCOVER_PATH)
  @HttpCode(200)
  async discover(@Body(new ZodValidationPipe(discoverRequestSchema)) request: DiscoverRequest): Promise<DiscoveryView> {
    const discovery = await discoverSources(request.url, this.fetcher.discoveryPorts());
    if (!request.add) return discovery;
    const added = [];
    for (const source of [...discovery.feeds, ...discovery.sitemaps]) {
      added.push(toFeedView((await this.feeds.save({ url: source.url, followSource: request.followSource }, 'api')).feed));
    }
    return { ...discovery, added };
  }
}
