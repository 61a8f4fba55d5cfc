import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ADMIN_FEEDS_PATH, FeedSettings, FeedView, feedSettingsSchema, toFeedView } from '@newsflow/feed-registry';
import { FeedRepository } from '@newsflow/feed-store';
import { ZodValidationPipe } from '@newsflow/service-kit';
import { AdminTokenGuard } from './admin-token.guard';

/** The feed registry's admin API: list, add (or change) and remove feeds while the crawler runs. */
@Controller(ADMIN_FEEDS_PATH)
@UseGuards(AdminTokenGuard)
export class FeedsController {
  constructor(private readonly feeds: FeedRepository) {}

  @Get()
  async list(): Promise<{ feeds: FeedView[] }> {
    return { feeds: (await this.feeds.list()).map(toFeedView) };
  }

  @Get(':feedId')
  async get(@Param('feedId') feedId: string): Promise<FeedView> {
    const feed = await this.feeds.find(feedId);
    if (!feed) throw new NotFoundException(`no feed ${feedId}`);
    return toFeedView(feed);
  }

  /** 201 with the new feed, due at once; 200 when the feed was known and only its settings changed. */
  @Post()
  async add(
    @Body(new ZodValidationPipe(feedSettingsSchema)) settings: FeedSettings,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
  ): Promise<FeedView> {
    const saved = await this.feeds.save(settings, 'api');
    response.status(saved.created ? 201 : 200);
    return toFeedView(saved.feed);
  }

  /** 202: the feed is due now; whichever crawler instance claims it next (within a second) polls it. */
  @Post(':feedId/poll')
  @HttpCode(202)
  async pollNow(@Param('feedId') feedId: string): Promise<FeedView> {
    const feed = await this.feeds.pollNow(feedId);
    if (!feed) throw new NotFoundException(`no feed ${feedId}`);
    return toFeedView(feed);
  }

  @Delete(':feedId')
  @HttpCode(204)
  async remove(@Param('feedId') feedId: string): Promise<void> {
    if (!(await this.feeds.remove(feedId))) throw new NotFoundException(`no feed ${feedId}`);
  }
}
