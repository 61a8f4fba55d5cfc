import type { Block } from './blocks';
import { articleBlockFilter } from './chrome';

const keep = articleBlockFilter({ title: 'Harbour bridge reopens after repairs', authors: ['Jane Doe'] });
const p = (text: string, linkDensity = 0, tag = 'p'): Block => ({ text, linkDensity, tag });

describe('articleBlockFilter', () => {
  it.each([
    'Source link',
    'Exit mobile version',
    'Site icon Latin america News',
    'Share this article',
    'ADVERTISEMENT',
    'Related stories:',
    'By Jane Doe, Staff Writer',
    'Jane Doe',
    'Nov. 19, 2019, 8:41 AM UTC',
    'Updated at 1:23 p.m.',
    'Jane Doe - Nov 19, 2019, 10:31 pm CST',
    'Harbour bridge reopens after repairs',
    'Get the latest updates right in your inbox. Subscribe to our newsletters.',
    '© 2024 The Example Gazette',
    '[button link="/submit"]Send us your review[/button]',
    '(Reporting by Jane Doe; Editing by John Roe)',
    'Associated Press writers Alan Fram and Zeke Miller contributed to this report.',
  ])('drops the chrome line %p', (text) => {
    expect(keep(p(text))).toBe(false);
  });

  it('drops link lists and link-heavy paragraphs', () => {
    expect(keep(p('Ferry service to end', 1, 'li'))).toBe(false);
    expect(keep(p('Read: why the cables corroded so fast', 0.8))).toBe(false);
  });

  it.each([
    'By Monday, the council had voted to reopen it.',
    'What changes for commuters',
    'Buses will return to their usual routes on Monday, Nov. 25.',
    'Source: the city council, which publishes the figures every month, said traffic doubled.',
  ])('keeps the prose line %p', (text) => {
    expect(keep(p(text))).toBe(true);
  });
});
