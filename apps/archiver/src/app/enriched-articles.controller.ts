import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { Topics } from '@newsflow/contracts';
import { ArticleRepository, toArticleFields } from '@newsflow/archive-store';
import { EventReceiver } from '@newsflow/service-kit';

@Controller()
export class EnrichedArticlesController {
  private readonly logger = new Logger(EnrichedArticlesController.name);

  constructor(
    private readonly receiver: EventReceiver,
    private readonly articles: ArticleRepository,
  ) {}

  /** A failed write throws, so the record is redelivered: offsets move only after the write. */
  @EventPattern(Topics.enrichedArticles)
  onEnrichedArticle(_payload: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.receiver.handle(Topics.enrichedArticles, context, async (article) => {
      const outcome = await this.articles.upsert(toArticleFields(article));
      this.logger.log({ articleId: article.articleId, outcome }, 'archived article');
    });
  }
}
