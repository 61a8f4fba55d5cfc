import { defineItem, type FixtureItem, type ItemSource } from './model';
import { WORLD_ITEMS } from './items-world';

// Aggregator republications of stories the fixture tells elsewhere, with no source link: one
// rewritten (headline, first sentence, last line dropped), one word for word. Story identity must give the
// rewrite its original's story id and emit the word-for-word copy only once.

function original(slug: string): FixtureItem {
  const item = WORLD_ITEMS.find((candidate) => candidate.slug === slug);
  if (!item) throw new Error(`no fixture item ${slug} to copy`);
  return item;
}

/** The original's story on the aggregator, with its own slug and headline. */
function republished(item: FixtureItem, changes: Pick<ItemSource, 'slug' | 'title' | 'publishedAt' | 'body'>): FixtureItem {
  const { author, language, category, tags, imageCaption } = item;
  return defineItem({ author, language, category, tags, imageCaption, ...changes, copyOf: item.slug });
}

const haiti = original('un-security-council-extends-haiti-support-mission');
const delhi = original('delhi-police-dismantle-cyber-fraud-network-targeting-pensioners');

export const COPY_ITEMS = [
  republished(haiti, {
    slug: 'haiti-security-mission-renewed-for-a-year',
    title: 'Haiti security mission renewed for a year as gangs tighten grip',
    publishedAt: '2024-10-01T09:30:00Z',
    body: [haiti.paragraphs[0].replace('voted unanimously on Monday', 'on Monday voted unanimously'), ...haiti.paragraphs.slice(1, -1)],
  }),
  republished(delhi, {
    slug: 'pension-scam-call-centre-raided-in-delhi',
    title: 'Pension scam call centre raided in Delhi, 14 held',
    publishedAt: '2024-09-22T11:40:00Z',
    body: [...delhi.body],
  }),
];
