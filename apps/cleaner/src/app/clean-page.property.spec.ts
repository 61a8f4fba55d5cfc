import fc from 'fast-check';
import { cleanArticleSchema, exampleRawPage, type RawPage } from '@newsflow/contracts';
import { extractArticle } from '@newsflow/extraction';
import { toCleanArticle } from '@newsflow/pipeline';

// The cleaner's handling of one raw page, as RawPagesController runs it: an event the publisher
// accepts (valid by the contract), or a reason for the dead letter; never an exception.
const contentType = fc.constantFrom('text/html', 'text/html; charset=utf-8', 'APPLICATION/XHTML+XML', 'application/pdf', 'text/plain', '');
const html = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('<', '>', '/', '"', '=', '&', ';', ' ', 'p', 'a', 'div', '!--', 'body', 'é', '\n'), maxLength: 200 }),
  fc
    .tuple(fc.lorem({ maxCount: 40, mode: 'sentences' }), fc.nat({ max: 2000 }))
    .map(([text, cut]) => `<html lang="en"><body><article><h1>T</h1><p>${text}</p></article></body></html>`.slice(0, cut)),
);

describe('the cleaner on arbitrary raw pages (property test)', () => {
  it('emits a contract-valid clean article or a dead-letter reason, and never throws', () => {
    fc.assert(
      fc.property(html, contentType, (markup, type) => {
        const page: RawPage = { ...exampleRawPage, html: markup, contentType: type };
        const result = toCleanArticle(page, extractArticle);
        if (result.ok) {
          expect(cleanArticleSchema.safeParse(result.event).error).toBeUndefined();
          expect(/^(text\/html|application\/xhtml\+xml)/i.test(type)).toBe(true);
        } else {
          expect(result.reason).toMatch(/^(not an HTML page|binary content served as|no article text found)/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
