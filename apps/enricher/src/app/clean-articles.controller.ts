import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { CleanArticle, INPUT_TOPIC, Topics } from '@newsflow/contracts';
import { enrichText } from '@newsflow/enrichment';
import { toEnrichedArticle } from '@newsflow/pipeline';
import { EventPublisher, EventReceiver } from '@newsflow/service-kit';

@Controller()
export class CleanArticlesController {
  constructor(
    private readonly receiver: EventReceiver,
    private readonly publisher: EventPublisher,
  ) {}

  @EventPattern(INPUT_TOPIC.enricher)
  onCleanArticle(_payload: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.receiver.handle(INPUT_TOPIC.enricher, context, (article) => this.enrich(article));
  }

  private async enrich(article: CleanArticle): Promise<void> {
    const enriched = toEnrichedArticle(article, enrichText);
    await this.publisher.publish(Topics.enrichedArticles, enriched.articleId, enriched);
  }
}
