import { esc, excerpt, jsonLdScript, slugify } from './text';

describe('text helpers', () => {
  it('escapes markup and quotes', () => {
    expect(esc(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('keeps JSON-LD from closing its script element', () => {
    expect(jsonLdScript({ headline: '</script><b>' })).not.toContain('</script><b>');
  });

  it('truncates long text with a WordPress-style tail', () => {
    expect(excerpt('one two three', 2)).toBe('one two […]');
    expect(excerpt('one two', 2)).toBe('one two');
  });

  it('slugifies accented text', () => {
    expect(slugify('Qué cambia: la sequía')).toBe('que-cambia-la-sequia');
  });
});
