import { selectNewItems } from './seen-items';

const item = (guid: string, url = `https://e.test/${guid}`) => ({ guid, url });

describe('selectNewItems', () => {
  it('returns each item once across polls, by guid or by normalised link', () => {
    const first = selectNewItems([item('a'), item('b', 'https://e.test/b?utm_source=rss')], [], 100);
    expect(first.fresh.map((fresh) => fresh.guid)).toEqual(['a', 'b']);
    const second = selectNewItems([item('a'), item('b2', 'https://E.test/b#top'), item('c')], first.seenKeys, 100);
    expect(second.fresh.map((fresh) => fresh.guid)).toEqual(['c']);
  });

  it('counts an item listed twice in one document once', () => {
    expect(selectNewItems([item('a'), item('a')], [], 100).fresh).toHaveLength(1);
  });

  it('forgets the oldest keys beyond the bound, but never those of items still in the feed', () => {
    const old = selectNewItems([item('old')], [], 100).seenKeys;
    const current = [item('x'), item('y'), item('z')];
    const { seenKeys } = selectNewItems(current, old, 2);
    expect(seenKeys).toHaveLength(6);
    expect(selectNewItems(current, seenKeys, 2).fresh).toEqual([]);
    expect(selectNewItems([item('old')], seenKeys, 2).fresh).toHaveLength(1);
  });

  it('keeps older keys, newest first, while there is room', () => {
    const first = selectNewItems([item('a')], [], 100).seenKeys;
    const { seenKeys } = selectNewItems([item('b')], first, 100);
    expect(seenKeys.slice(2)).toEqual(first);
  });
});
