import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { RawPage, Topics } from '@newsflow/contracts';
import { extractArticle } from '@newsflow/extraction';
import { toCleanArticle } from '@newsflow/pipeline';
import { BadRecordError, EventPublisher, EventReceiver } from '@newsflow/service-kit';

@Controller()
export class RawPagesController {
  constructor(
    private readonly receiver: EventReceiver,
    private readonly publisher: EventPublisher,
  ) {}

  @EventPattern(Topics.rawPages)
  onRawPage(_payload: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.receiver.handle(Topics.rawPages, context, (page) => this.clean(page));
  }

  private async clean(page: RawPage): Promise<void> {
    const result = toCleanArticle(page, extractArticle);
    if (!result.ok) throw new BadRecordError(result.reason);
    await this.publisher.publish(Topics.cleanArticles, result.event.articleId, result.event);
  }
}
