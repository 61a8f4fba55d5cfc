import { BeforeApplicationShutdown, Controller, Logger, OnModuleInit } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { INPUT_TOPIC } from '@newsflow/contracts';
import { ArticleRepository, ArticleWriteBuffer, toArticleFields } from '@newsflow/archive-store';
import { ConsumerLifecycle, EventReceiver } from '@newsflow/service-kit';

@Controller()
export class EnrichedArticlesController implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(EnrichedArticlesController.name);

  constructor(
    private readonly receiver: EventReceiver,
    private readonly articles: ArticleRepository,
    private readonly buffer: ArticleWriteBuffer,
    lifecycle: ConsumerLifecycle,
  ) {
    // Stopping: the articles waiting in the buffer are written now, so their records finish and are committed.
    lifecycle.onStop(() => void this.buffer.flush());
  }

  /** The query API's indexes and fields exist before the first write; a failure stops the start-up. */
  async onModuleInit(): Promise<void> {
    await this.articles.ensureIndexes();
    const upgraded = await this.articles.upgradeLegacyDocuments();
    if (upgraded > 0) this.logger.log({ upgraded }, 'derived the query fields of articles stored by an older archiver');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.buffer.flush();
  }

  /**
   * Resolves only once the batch holding the article is written; a failed write throws, and the
   * receiver waits for an unreachable store, retries an unexplained failure and dead-letters a
   * document the store refuses: offsets move only after the write or the dead letter. Handlers of one
   * fetched batch run at once (the archiver consumes with BatchingServerKafka), which fills the buffer's batches.
   */
  @EventPattern(INPUT_TOPIC.archiver)
  onEnrichedArticle(_payload: unknown, @Ctx() context: KafkaContext): Promise<void> {
    return this.receiver.handle(INPUT_TOPIC.archiver, context, async (article) => {
      const outcome = await this.buffer.add(toArticleFields(article));
      this.logger.log({ articleId: article.articleId, outcome }, 'archived article');
    });
  }
}
