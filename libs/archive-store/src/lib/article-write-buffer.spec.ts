import { ArticleFields } from './article-document';
import { UpsertOutcome } from './article-repository';
import { ArticleWriteBuffer } from './article-write-buffer';

const article = (articleId: string) => ({ articleId }) as ArticleFields;

describe('ArticleWriteBuffer', () => {
  let batches: string[][];
  const recordBatch = async (batch: ArticleFields[]): Promise<UpsertOutcome[]> => {
    batches.push(batch.map((fields) => fields.articleId));
    return batch.map(() => 'inserted');
  };

  beforeEach(() => {
    batches = [];
  });

  it('writes as soon as a batch is full and gives each caller its own outcome', async () => {
    const buffer = new ArticleWriteBuffer(recordBatch, { maxBatch: 2, maxWaitMs: 60_000 });
    await expect(Promise.all(['a', 'b'].map((id) => buffer.add(article(id))))).resolves.toEqual(['inserted', 'inserted']);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('writes a partial batch when the wait is over', async () => {
    jest.useFakeTimers();
    try {
      const buffer = new ArticleWriteBuffer(recordBatch, { maxBatch: 10, maxWaitMs: 50 });
      const outcome = buffer.add(article('a'));
      expect(batches).toEqual([]);
      await jest.advanceTimersByTimeAsync(50);
      await expect(outcome).resolves.toBe('inserted');
      expect(batches).toEqual([['a']]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('fails every caller of a batch the store could not take, so none of their records is acknowledged', async () => {
    let writes = 0;
    const down = () => {
      writes += 1;
      return Promise.reject(new Error('server down'));
    };
    const buffer = new ArticleWriteBuffer(down, { maxBatch: 2, maxWaitMs: 60_000 }, () => false);
    const outcomes = ['a', 'b'].map((id) => buffer.add(article(id)));
    for (const outcome of outcomes) await expect(outcome).rejects.toThrow('server down');
    expect(writes).toBe(1);
  });

  it('writes each article alone when a batch fails for one document, so only its caller gets the error', async () => {
    const refusing = async (batch: ArticleFields[]): Promise<UpsertOutcome[]> => {
      batches.push(batch.map((fields) => fields.articleId));
      if (batch.some((fields) => fields.articleId === 'too-large')) throw new Error('Document is larger than the maximum size 16777216');
      return batch.map(() => 'inserted');
    };
    const buffer = new ArticleWriteBuffer(refusing, { maxBatch: 3, maxWaitMs: 60_000 }, (error) => !String(error).includes('server down'));
    const outcomes = await Promise.allSettled(['a', 'too-large', 'b'].map((id) => buffer.add(article(id))));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([['a', 'too-large', 'b'], ['a'], ['too-large'], ['b']]);
  });

  it('writes batches one after the other', async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const firstWrite = new Promise<void>((resolve) => (release = resolve));
    const buffer = new ArticleWriteBuffer(
      async (batch) => {
        events.push(`start ${batch[0].articleId}`);
        if (batch[0].articleId === 'a') await firstWrite;
        events.push(`end ${batch[0].articleId}`);
        return batch.map(() => 'inserted');
      },
      { maxBatch: 1, maxWaitMs: 60_000 },
    );
    const first = buffer.add(article('a'));
    const second = buffer.add(article('b'));
    await Promise.resolve();
    release();
    await Promise.all([first, second]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});
