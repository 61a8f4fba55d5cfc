import { consumerLag } from './consumer-lag';

describe('consumerLag', () => {
  const ends = new Map([
    [
      'pages',
      [
        { partition: 0, high: '100', low: '0' },
        { partition: 1, high: '40', low: '10' },
        { partition: 2, high: '5', low: '0' },
      ],
    ],
  ]);

  it('subtracts committed offsets from end offsets, per partition and per topic', () => {
    const [pages] = consumerLag(
      'newsflow.cleaner',
      [{ topic: 'pages', partitions: [{ partition: 0, offset: '90' }, { partition: 1, offset: '-1' }, { partition: 2, offset: '5' }] }],
      ends,
    );
    expect(pages.partitions.map(({ partition, committed, lag }) => ({ partition, committed, lag }))).toEqual([
      { partition: 0, committed: 90, lag: 10 },
      // Nothing committed: what is still retained is ahead of the group.
      { partition: 1, committed: null, lag: 30 },
      { partition: 2, committed: 5, lag: 0 },
    ]);
    expect(pages).toMatchObject({ group: 'newsflow.cleaner', topic: 'pages', lag: 40 });
  });

  it('skips topics whose end offsets are unknown', () => {
    expect(consumerLag('g', [{ topic: 'gone', partitions: [{ partition: 0, offset: '1' }] }], ends)).toEqual([]);
  });
});
