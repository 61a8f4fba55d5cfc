import { ampCanonicalUrl, findSourceLink } from './source-link';

const PAGE = 'https://aggregator.example.net/2024/05/some-story/';
const page = (body: string, head = '') => `<html><head>${head}</head><body><article>${body}</article></body></html>`;

describe('findSourceLink', () => {
  it.each([
    ['<p><a href="https://origin.example.com/a">Source link</a></p>'],
    ['<p><a href="https://origin.example.com/a">Source</a></p>'],
    ['<p><a href="https://origin.example.com/a">Read more at The Origin</a></p>'],
    ['<p>Originally published on <a href="https://origin.example.com/a">The Origin</a>.</p>'],
    ['<p><a href="https://origin.example.com/a">Read the original article</a></p>'],
    ['<p>Source: <a href="https://origin.example.com/a">The Origin</a></p>'],
    ['<p>Source: <strong><a href="https://origin.example.com/a">The Origin</a></strong></p>'],
    ['<p><a href="https://origin.example.com/a">Fuente</a></p>'],
    ['<p><a href="https://origin.example.com/a">Enlace de origen</a></p>'],
    ['<p>Leer más en <a href="https://origin.example.com/a">El Origen</a></p>'],
    ['<p><a href="https://origin.example.com/a">Fonte</a></p>'],
    ['<p><a href="https://origin.example.com/a">Link da fonte</a></p>'],
    ['<p>Leia mais em <a href="https://origin.example.com/a">O Origem</a></p>'],
    ['<p><a href="https://origin.example.com/a">Lien source</a></p>'],
    ['<p>Lire la suite sur <a href="https://origin.example.com/a">L’Origine</a></p>'],
    ['<p>Source : <a href="https://origin.example.com/a">L’Origine</a></p>'],
    ['<p>Publicado originalmente en <a href="https://origin.example.com/a">El Origen</a></p>'],
    ['<p><a href="https://origin.example.com/a">Ver artículo original</a></p>'],
    ['<p><a href="https://origin.example.com/a">Fonte original</a></p>'],
    ['<p>Publicado originalmente em <a href="https://origin.example.com/a">O Origem</a></p>'],
    ['<p>Publié initialement sur <a href="https://origin.example.com/a">L’Origine</a></p>'],
    ["<p><a href=\"https://origin.example.com/a\">Lien d'origine</a></p>"],
    ['<p>Esta matéria foi publicada originalmente em <a href="https://origin.example.com/a">O Origem</a>.</p>'],
    ['<p>Publiée à l’origine sur <a href="https://origin.example.com/a">L’Origine</a></p>'],
  ])('finds the labelled source anchor in %s', (body) => {
    expect(findSourceLink(page(body), PAGE)).toBe('https://origin.example.com/a');
  });

  it('resolves protocol-relative source links', () => {
    expect(findSourceLink(page('<a href="//origin.example.com/b">Source link</a>'), PAGE)).toBe(
      'https://origin.example.com/b',
    );
  });

  it('ignores labelled anchors into the aggregator itself, including www. and relative ones', () => {
    const body = `<a href="/category/source">Source</a>
      <a href="https://www.aggregator.example.net/x">Source link</a>
      <a href="https://origin.example.com/c">Source link</a>`;
    expect(findSourceLink(page(body), PAGE)).toBe('https://origin.example.com/c');
  });

  it('ignores non-http links and unlabelled prose links', () => {
    const body = `<p><a href="mailto:desk@origin.example.com">Source</a></p>
      <p>Open source <a href="https://github.example.com/x">project</a> is great.</p>`;
    expect(findSourceLink(page(body), PAGE)).toBeUndefined();
  });

  it('falls back to a canonical link on another host', () => {
    const head = '<link rel="canonical" href="https://origin.example.com/canonical">';
    expect(findSourceLink(page('<p>Text</p>', head), PAGE)).toBe('https://origin.example.com/canonical');
  });

  it('skips a self-canonical and falls back to og:url or JSON-LD on another host', () => {
    const selfCanonical = `<link rel="canonical" href="${PAGE}">`;
    const og = `${selfCanonical}<meta property="og:url" content="https://origin.example.com/og">`;
    expect(findSourceLink(page('<p>Text</p>', og), PAGE)).toBe('https://origin.example.com/og');
    const ld = `${selfCanonical}<script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[
        {"@type":"Organization","url":"https://publisher.example.com/"},
        {"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://origin.example.com/ld"}}]}</script>`;
    expect(findSourceLink(page('<p>Text</p>', ld), PAGE)).toBe('https://origin.example.com/ld');
  });

  it('returns undefined instead of throwing on absurdly deep markup', () => {
    const deep = `<p>Source: ${'<span>'.repeat(20000)}x${'</span>'.repeat(20000)}<a href="https://o.example.com/">o</a></p>`;
    expect(findSourceLink(page(deep), PAGE)).toBeUndefined();
  });

  it('returns undefined when only same-host URLs are declared', () => {
    const head = `<link rel="canonical" href="${PAGE}"><meta property="og:url" content="${PAGE}">`;
    expect(findSourceLink(page('<p>Text</p>', head), PAGE)).toBeUndefined();
    expect(findSourceLink('', PAGE)).toBeUndefined();
  });

  it('gives an AMP page\'s canonical URL, and nothing for other pages', () => {
    const amp = (attribute: string) => `<html ${attribute}><head><link rel="canonical" href="/story/"></head></html>`;
    expect(ampCanonicalUrl(amp('amp'), 'https://origin.example.com/story/amp/')).toBe('https://origin.example.com/story/');
    expect(ampCanonicalUrl(amp('⚡'), 'https://origin.example.com/story/amp/')).toBe('https://origin.example.com/story/');
    expect(ampCanonicalUrl(amp('lang="en"'), 'https://origin.example.com/story/amp/')).toBeUndefined();
  });

  it('treats another port on the same host as another site', () => {
    const html = page('<p>Copy.</p><p><a href="http://127.0.0.1:8082/story.html">Source link</a></p>');
    expect(findSourceLink(html, 'http://127.0.0.1:8081/item/')).toBe('http://127.0.0.1:8082/story.html');
    expect(findSourceLink(html, 'http://127.0.0.1:8082/item/')).toBeUndefined();
  });
});
