import { newFeedItems } from './new-feed-items';

describe('newFeedItems', () => {
  it('returns each item once across polls, by guid or by normalised link', () => {
    const seen = new Set<string>();
    const first = [
      { guid: 'a', url: 'https://e.test/a' },
      { guid: 'b', url: 'https://e.test/b?utm_source=rss' },
    ];
    expect(newFeedItems(first, seen)).toEqual(first);
    const second = [
      { guid: 'a', url: 'https://e.test/a' },
      { guid: 'b2', url: 'https://E.test/b' },
      { guid: 'c', url: 'https://e.test/c' },
    ];
    expect(newFeedItems(second, seen).map((item) => item.guid)).toEqual(['c']);
  });
});
