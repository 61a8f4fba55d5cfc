import { articleFilter, articleQuerySchema, pageOf } from './article-query';
import { decodeCursor, encodeCursor } from './cursor';

const parse = (input: Record<string, string>) => articleQuerySchema.parse(input);

describe('articleQuerySchema', () => {
  it('normalises country and site, coerces limit, reads dates', () => {
    expect(parse({ country: 'cu', site: 'WWW.Example.com', limit: '5', from: '2026-01-01' })).toEqual({
      country: 'CU',
      site: 'www.example.com',
      limit: 5,
      from: new Date('2026-01-01T00:00:00Z'),
    });
  });

  it('takes a kind or polarity a newer enricher may have stored, besides the known ones', () => {
    expect(parse({ kind: 'supreme_audit_institution', stancePolarity: 'conditional_support' })).toMatchObject({
      kind: 'supreme_audit_institution',
      stancePolarity: 'conditional_support',
    });
    expect(parse({ kind: 'legislature', stancePolarity: 'oppose' })).toMatchObject({ kind: 'legislature', stancePolarity: 'oppose' });
  });

  it.each([{ limit: '0' }, { limit: '101' }, { kind: 'Church!' }, { stancePolarity: 'maybe not' }, { country: 'Cuba' }, { q: '- !' }, { from: 'yesterday' }, { cursor: 'bm90IGEgY3Vyc29y' }])(
    'rejects %j',
    (input) => {
      expect(articleQuerySchema.safeParse(input).success).toBe(false);
    },
  );
});

describe('articleFilter', () => {
  it('maps each filter to its indexed field', () => {
    expect(
      articleFilter(
        parse({
          body: 'Federal Bureau of Investigation',
          country: 'us',
          kind: 'law_enforcement',
          site: 'news.example',
          storyId: 's-1',
          q: 'Coast GUARD coast',
          from: '2026-01-01',
          to: '2026-02-01T00:00:00Z',
        }),
      ),
    ).toEqual({
      bodyNames: 'Federal Bureau of Investigation',
      countries: 'US',
      bodyKinds: 'law_enforcement',
      sourceSite: 'news.example',
      storyId: 's-1',
      keywords: { $all: ['coast', 'guard'] },
      articleDate: { $gte: new Date('2026-01-01T00:00:00Z'), $lt: new Date('2026-02-01T00:00:00Z') },
    });
  });

  it('matches actor and polarity on one stance, or either alone', () => {
    expect(articleFilter(parse({ stanceActor: 'FBI', stancePolarity: 'oppose' }))).toEqual({ stanceKeys: 'oppose:FBI' });
    expect(articleFilter(parse({ stanceActor: 'FBI' }))).toEqual({ 'stances.actor': 'FBI' });
    expect(articleFilter(parse({ stancePolarity: 'support' }))).toEqual({ 'stances.polarity': 'support' });
  });

  it('continues after the cursor position', () => {
    const position = { articleDate: new Date('2026-01-02T00:00:00Z'), articleId: 'b'.repeat(64) };
    expect(articleFilter(parse({ cursor: encodeCursor(position) }))).toEqual({
      $or: [
        { articleDate: { $lt: position.articleDate } },
        { articleDate: position.articleDate, articleId: { $lt: position.articleId } },
      ],
    });
  });
});

describe('pageOf', () => {
  const article = (day: number) => ({ articleDate: new Date(Date.UTC(2026, 0, day)), articleId: String(day) });

  it('gives a cursor at the last item when one more was fetched', () => {
    const page = pageOf([article(3), article(2), article(1)], 2);
    expect(page.items).toEqual([article(3), article(2)]);
    expect(page.nextCursor && decodeCursor(page.nextCursor)).toEqual(article(2));
  });

  it('gives no cursor on the last page', () => {
    expect(pageOf([article(3)], 2)).toEqual({ items: [article(3)], nextCursor: null });
  });
});
