import type { Element } from 'domhandler';
import { collectBlocks } from './blocks';
import { firstElement, parseHtml } from './dom';

const blocksOf = (html: string) => collectBlocks([firstElement(parseHtml(html).root()[0], 'div') as Element], new Set());

describe('collectBlocks', () => {
  it('splits at block elements and <br>, tagging each block with its innermost block element', () => {
    const blocks = blocksOf('<div><h2>Sub <em>head</em></h2><p>One<br>Two</p><ul><li>Item</li></ul>Loose text</div>');
    expect(blocks.map(({ text, tag }) => [text, tag])).toEqual([
      ['Sub head', 'h2'],
      ['One', 'p'],
      ['Two', 'p'],
      ['Item', 'li'],
      ['Loose text', 'div'],
    ]);
  });

  it('measures link density, ignoring links whose text is a bare URL the author typed out', () => {
    const [navigation, reference] = blocksOf(
      '<div><p><a href="/x">Why the cables corroded</a></p><p>See <a href="/r">https://example.org/report.pdf</a></p></div>',
    );
    expect(navigation.linkDensity).toBe(1);
    expect(reference.linkDensity).toBe(0);
  });
});
