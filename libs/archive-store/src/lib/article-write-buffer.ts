import { ArticleFields } from './article-document';
import { UpsertOutcome } from './article-repository';

export interface WriteBufferLimits {
  /** Flush as soon as this many articles wait. */
  maxBatch: number;
  /** Flush at the latest this long after the first article of a batch arrived. */
  maxWaitMs: number;
}

interface Waiting {
  fields: ArticleFields;
  resolve: (outcome: UpsertOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Groups concurrent single-article writes into batch writes. Each caller gets the outcome of its own
 * article once the batch holding it is written, or its own error, so a caller acknowledging a
 * Kafka record does so only after the write. When a batch fails for what may be one of its documents
 * (`documentMayFail`), each article is written alone, so a document the store refuses fails only its
 * own caller and the others are stored. Batches are written one after the other, never overlapping,
 * so two batches never race on one article.
 */
export class ArticleWriteBuffer {
  private waiting: Waiting[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly writeBatch: (batch: ArticleFields[]) => Promise<UpsertOutcome[]>,
    private readonly limits: WriteBufferLimits,
    /** Whether a batch's error may come from one of its documents rather than from an unreachable store. */
    private readonly documentMayFail: (error: unknown) => boolean = () => true,
  ) {}

  add(fields: ArticleFields): Promise<UpsertOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ fields, resolve, reject });
      if (this.waiting.length >= this.limits.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.limits.maxWaitMs);
    });
  }

  /** Writes what waits now; resolves when it (and every earlier batch) is written. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting.splice(0);
    if (batch.length > 0) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await this.writeBatch(batch.map((waiting) => waiting.fields));
      batch.forEach((waiting, index) => waiting.resolve(outcomes[index]));
    } catch (error) {
      if (batch.length > 1 && this.documentMayFail(error)) {
        for (const waiting of batch) await this.write([waiting]);
        return;
      }
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
