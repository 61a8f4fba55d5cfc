import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { Counter } from 'prom-client';
import { INPUT_TOPIC, RawPage, Topics } from '@newsflow/contracts';
import { extractArticle } from '@newsflow/extraction';
import { toCleanArticle, withStory } from '@newsflow/pipeline';
import { BadRecordError, EventPublisher, EventReceiver, StageMetrics } from '@newsflow/service-kit';
import { StoryRepository } from '@newsflow/story-store';

@Controller()
export class RawPagesController {
  private readonly logger = new Logger(RawPagesController.name);
  private readonly duplicates: Counter;

  constructor(
    private readonly receiver: EventReceiver,
    private readonly publisher: EventPublisher,
    private readonly stories: StoryRepository,
    metrics: StageMetrics,
  ) {
    this.duplicates = new Counter({
      name: 'newsflow_exact_duplicates_total',
      help: 'Pages whose text another article already carried, not emitted again.',
      registers: [metrics.registry],
    });
  }

  @EventPattern(INPUT_TOPIC.cleaner)
  onRawPage(_payload: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.receiver.handle(INPUT_TOPIC.cleaner, context, (page) => this.clean(page));
  }

  private async clean(page: RawPage): Promise<void> {
    const result = toCleanArticle(page, extractArticle);
    if (!result.ok) throw new BadRecordError(result.reason);
    const story = await withStory(result.event, (articleId, text) => this.stories.assign(articleId, text));
    if ('duplicateOf' in story) {
      this.duplicates.inc();
      this.logger.log(`not emitted: ${page.provenance.sourceUrl} (${page.articleId}) has the text of ${story.duplicateOf}`);
      return;
    }
    await this.publisher.publish(Topics.cleanArticles, story.event.articleId, story.event);
  }
}
