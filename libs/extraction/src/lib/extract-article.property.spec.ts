import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type ExtractedArticle, extractArticle } from './extract-article';

const fixturesDir = join(__dirname, '..', 'fixtures');
const fixturePages = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => readFileSync(join(fixturesDir, name), 'utf8'));

// Pieces of real and broken markup: unbalanced tags, stray brackets, open comments and CDATA,
// unterminated attributes and entities, chrome and content tags, JSON-LD (valid and not).
const markupPiece = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div class="article-body">', '<div class="share">', '</div>', '<article>', '</article>',
    '<nav>', '</nav>', '<h2>', '</h2>', '<br>', '<a href="/x">', '</a>', '<a href="', '<script>', '</script>',
    '<style>p{}', '<!--', '-->', '<![CDATA[', '<', '>', '&amp;', '&#x', '&nbsp', '<html lang="xx_YY">', '<body>',
    '<meta property="og:title" content="', '<time datetime="not a date">', '<time datetime="2024-02-30">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":', '<table><tr><td>', '<svg><path d="',
    '<title>', '</title>', '<h1>', '</h1>', '<li>', '<ul>', '<span hidden>', '<img src="x" alt="',
  ),
  fc.string({ maxLength: 40 }),
  fc.lorem({ maxCount: 30, mode: 'sentences' }),
);
const malformedHtml = fc.array(markupPiece, { maxLength: 80 }).map((pieces) => pieces.join(''));
const truncatedPage = fc
  .tuple(fc.constantFrom(...fixturePages), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([page, at]) => page.slice(0, Math.floor(page.length * at)));
const pageUrl = fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 }));

function expectWellFormed(article: ExtractedArticle): void {
  expect(typeof article.title).toBe('string');
  expect(article.title).toBe(article.title.trim());
  // Paragraphs are non-empty, whitespace-collapsed lines separated by exactly one blank line.
  if (article.text) {
    for (const paragraph of article.text.split('\n\n')) {
      expect(paragraph).not.toBe('');
      expect(paragraph).toBe(paragraph.replace(/\s+/g, ' ').trim());
    }
  }
  for (const list of [article.authors, article.tags]) {
    expect(list.every((item) => typeof item === 'string' && item.trim() !== '')).toBe(true);
  }
  for (const date of [article.publishedAt, article.modifiedAt]) {
    if (date !== undefined) expect(new Date(date).toISOString()).toBe(date);
  }
  for (const url of [article.canonicalUrl, article.leadImage]) {
    if (url !== undefined) expect(new URL(url).protocol).toMatch(/^https?:$/);
  }
}

describe('extractArticle on arbitrary input (property tests)', () => {
  it('never throws on malformed markup and returns a well-formed article', () => {
    fc.assert(fc.property(malformedHtml, pageUrl, (html, url) => expectWellFormed(extractArticle(html, url))), { numRuns: 300 });
  });

  it('never throws on pages truncated anywhere and returns a well-formed article', () => {
    fc.assert(fc.property(truncatedPage, fc.webUrl(), (html, url) => expectWellFormed(extractArticle(html, url))), { numRuns: 100 });
  });

  it('never throws on markup nested tens of thousands deep (past the call stack of the recursive walks)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 60_000 }), fc.constantFrom('div', 'span', 'b'), (depth, tag) => {
        const article = extractArticle(`<body>${`<${tag}>`.repeat(depth)}text`, 'https://example.org/a');
        expectWellFormed(article);
      }),
      { numRuns: 5 },
    );
  });
});
