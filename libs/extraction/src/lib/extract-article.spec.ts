import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from './extract-article';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const paragraphs = (text: string) => text.split('\n\n');

describe('extractArticle on an aggregator auto-blog (AMP) page', () => {
  const article = extractArticle(fixture('aggregator-amp.html'), 'https://latam-news.example.net/meeting/?amp');

  it('keeps the article paragraphs and subheadings, in order, one per paragraph', () => {
    const text = paragraphs(article.text);
    expect(text[0]).toMatch(/^Cuba valued the “climate of respect”/);
    expect(text).toContain('Department of State');
    expect(text[text.length - 1]).toMatch(/^This visit is the first by US officials/);
    expect(text).toHaveLength(6);
  });

  it('drops the auto-blog chrome, share bar and related links', () => {
    for (const chrome of ['Site icon', 'Source link', 'Exit mobile version', 'Share this', 'Facebook', 'resume bilateral talks', 'Categories']) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Meeting between US and Cuban officials concludes in Havana',
      authors: ['latam-editor'],
      publishedAt: '2023-01-20T09:15:00.000Z',
      language: 'en-US',
      siteName: 'Latin america News',
      canonicalUrl: 'https://latam-news.example.net/meeting-between-us-and-cuban-officials/',
    });
  });
});

describe('extractArticle on a news page with site chrome', () => {
  const article = extractArticle(fixture('news-page.html'), 'https://gazette.example.org/news/bridge-reopens?utm=x');

  it('keeps the story and its subheading only', () => {
    expect(paragraphs(article.text)).toEqual([
      expect.stringMatching(/^The harbour bridge will reopen/),
      expect.stringMatching(/^Repairs cost more than planned/),
      'What changes for commuters',
      expect.stringMatching(/^Buses will return/),
      expect.stringMatching(/^Cyclists get a separated lane/),
    ]);
  });

  it('drops nav, cookie box, newsletter box, captions, share bar, related links, comments and footer', () => {
    for (const chrome of ['cookies', 'Sport', 'Home', 'newsletter', 'Photo:', 'Share on', 'Ferry service to end', 'About time', 'Most read', 'rights reserved']) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it('reads metadata from JSON-LD first, then OpenGraph and meta tags', () => {
    expect(article).toEqual({
      text: article.text,
      title: 'Harbour bridge reopens after repairs',
      authors: ['Jane Doe', 'Omar Haddad'],
      publishedAt: '2024-04-02T07:30:00.000Z',
      modifiedAt: '2024-04-02T09:00:00.000Z',
      language: 'en-GB',
      canonicalUrl: 'https://gazette.example.org/news/bridge-reopens',
      siteName: 'The Example Gazette',
      leadImage: 'https://gazette.example.org/images/bridge.jpg',
      description: 'The bridge reopens on Monday after eight months of work.',
      tags: ['Transport', 'City council', 'Harbour'],
    });
  });
});

describe('extractArticle on a script-rendered page', () => {
  it('falls back to the JSON-LD articleBody when the markup holds no text', () => {
    const body = 'The council approved the budget late on Tuesday, after a debate that lasted nine hours. '.repeat(4);
    const html = `<html><head><script type="application/ld+json">
      {"@type":"NewsArticle","headline":"Budget approved","articleBody":${JSON.stringify(body)}}
      </script></head><body><div id="app"></div><script>render()</script></body></html>`;
    expect(extractArticle(html, 'https://example.org/a')).toMatchObject({ title: 'Budget approved', text: body.trim() });
  });
});

describe('extractArticle on degenerate input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n '],
    ['not HTML', 'just some words'],
    ['truncated', '<html><head><title>Cut'],
    ['unclosed tags', '<div><p><b>Short <i>line'],
    ['broken JSON-LD', '<script type="application/ld+json">{"headline": </script><body><nav>Menu</nav></body>'],
  ])('does not throw on %s input', (_, html) => {
    const article = extractArticle(html, 'https://example.org/a');
    expect(typeof article.text).toBe('string');
    expect(article.authors).toEqual(expect.any(Array));
    expect(article.tags).toEqual(expect.any(Array));
  });

  it('returns an empty article for markup nested deeper than the call stack', () => {
    const html = `<html><body>${'<div><b>'.repeat(20000)}<p>Deep</p></body></html>`;
    expect(extractArticle(html, 'https://example.org/a')).toEqual({ title: '', text: '', authors: [], tags: [] });
  });

  it('returns empty text when there is no content', () => {
    expect(extractArticle('', 'https://example.org/a').text).toBe('');
    expect(extractArticle('<html><body><nav><a href="/">Home</a></nav></body></html>', 'not a url').text).toBe('');
  });

  it('extracts a bare fragment without <html> or <body>', () => {
    const html = '<div><p>Fragments come from feeds that embed the article markup, with no page around it at all.</p></div>';
    expect(extractArticle(html, 'https://example.org/a').text).toBe(
      'Fragments come from feeds that embed the article markup, with no page around it at all.',
    );
  });

  it('still extracts the text of a page cut off mid-article', () => {
    const html = `<html><body><div class="story"><p>${'A sentence about the local election results, counted overnight. '.repeat(6)}</p><p>Second paragraph, cut o`;
    expect(extractArticle(html, 'https://example.org/a').text).toMatch(/^A sentence about the local election[\s\S]*Second paragraph, cut o$/);
  });
});

describe('extractArticle when the paragraph scoring picks a weak block', () => {
  const sentence = (topic: string) =>
    `The ${topic} was discussed at length by the committee, which heard residents, engineers and the council before voting.`;
  const page = (body: string) => `<html><head><title>Council votes</title></head><body>${body}</body></html>`;

  it('takes the whole article when each section sits in wrappers of its own (page builders)', () => {
    const section = (topic: string) =>
      `<div class="widget"><div class="inner"><div class="box"><div class="col"><div class="text"><p>${sentence(topic)}</p><p>${sentence(`${topic} plan`)}</p></div></div></div></div></div>`;
    const topics = ['budget', 'bridge', 'harbour', 'ferry', 'school', 'library'];
    const text = extractArticle(page(`<main>${topics.map(section).join('')}</main>`), 'https://example.org/a').text;
    for (const topic of topics) expect(text).toContain(`The ${topic} was discussed`);
  });

  it('prefers prose written between <br>s over a list of post excerpts beside it', () => {
    const excerpt = (n: number) => `<li><div class="item">A short excerpt of an older post, number ${n}, with a comma, and more.</div></li>`;
    const post = ['budget', 'bridge', 'harbour', 'ferry'].map(sentence).join('<br><br>');
    const html = page(`<div class="post-body">${post}<div class="separator"><img src="x.jpg"></div></div><ul>${[1, 2, 3, 4, 5, 6].map(excerpt).join('')}</ul>`);
    const text = extractArticle(html, 'https://example.org/a').text;
    expect(text).toContain('The ferry was discussed');
    expect(text).not.toContain('older post');
  });

  it('keeps article sections whose wrappers carry a vague chrome word ("widget") when they hold most of the prose', () => {
    const intro = `<div class="intro"><p>${sentence('budget')} ${sentence('bridge')} ${sentence('harbour')}</p></div>`;
    const topics = ['ferry', 'school', 'library', 'park', 'museum', 'pool'];
    const section = (topic: string) => `<div class="builder-widget"><p>${sentence(topic)} ${sentence(`${topic} plan`)}</p></div>`;
    const text = extractArticle(page(`<main>${intro}${topics.map(section).join('')}</main>`), 'https://example.org/a').text;
    for (const topic of ['budget', ...topics]) expect(text).toContain(`The ${topic} was discussed`);
  });

  it('takes an article split over two page-builder rows when the scoring picks the larger one', () => {
    const row = (topics: string[]) =>
      `<div class="row"><div class="column"><div class="module"><div class="inner">${topics.map((t) => `<p>${sentence(t)}</p>`).join('')}</div></div></div></div>`;
    const html = page(`<main>${row(['budget', 'bridge', 'harbour', 'ferry', 'port'])}${row(['school', 'library', 'park'])}</main>`);
    expect(paragraphs(extractArticle(html, 'https://example.org/a').text)).toHaveLength(8);
  });

  it('takes every titled section of a document split into sibling sections, not only the best scored', () => {
    const items = (topic: string) => [1, 2, 3].map((n) => `<li><p>The ${topic} item ${n} is listed here</p></li>`).join('');
    const section = (topic: string, body: string) => `<div class="sect1"><h2 id="${topic}">About the ${topic}</h2><div class="sectionbody">${body}</div></div>`;
    const sections = [
      section('budget', `<ul>${items('budget')}</ul>`),
      section('bridge', `<p>${sentence('bridge')}</p><ul>${items('bridge')}</ul>`),
      section('harbour', `<ul>${items('harbour')}</ul>`),
    ];
    const text = extractArticle(page(`<main><article><div class="content">${sections.join('')}</div></article></main>`), 'https://example.org/a').text;
    for (const topic of ['budget', 'bridge', 'harbour']) expect(text).toContain(`About the ${topic}`);
    expect(text).toContain('The harbour item 3 is listed here');
  });

  it('keeps the block an <article> encloses when the density region reaches past it to other prose', () => {
    const other = (topic: string) => `<div class="teaser"><p>${sentence(topic)} ${sentence(`${topic} plan`)}</p></div>`;
    const story = ['budget', 'bridge', 'harbour', 'ferry', 'port'].map((t) => `<p>${sentence(t)}</p>`).join('');
    const html = page(
      `<main><article><h1>Council votes</h1><div class="inner"><div class="box">${story}</div></div></article>` +
        `<div class="more"><div class="list">${other('school')}${other('library')}</div></div></main>`,
    );
    const text = extractArticle(html, 'https://example.org/a').text;
    expect(paragraphs(text)).toHaveLength(5);
    expect(text).not.toContain('The school was discussed');
  });

  it('keeps a table wrapped in a <figure> and drops an image figure\'s caption', () => {
    const story = ['budget', 'bridge', 'harbour'].map((t) => `<p>${sentence(t)}</p>`).join('');
    const table = '<figure class="wp-block-table"><table><tr><th>Project</th><th>Cost</th></tr><tr><td>Harbour wall</td><td>4.2 million</td></tr></table></figure>';
    const image = '<figure><img src="x.jpg"><figcaption>Photo: the harbour at dawn</figcaption></figure>';
    const text = extractArticle(page(`<article>${story}${table}${image}</article>`), 'https://example.org/a').text;
    expect(text).toContain('Harbour wall');
    expect(text).toContain('4.2 million');
    expect(text).not.toContain('the harbour at dawn');
  });

  it('reads an article an unclosed <aside> swallowed', () => {
    const html = page(`<aside class="banner">News of the week<main><article>${['budget', 'bridge', 'harbour'].map((t) => `<p>${sentence(t)}</p>`).join('')}</article></main>`);
    expect(extractArticle(html, 'https://example.org/a').text).toContain('The harbour was discussed');
  });

  it('reads an article a streaming renderer parked in a hidden element', () => {
    const html = page(`<div id="app"></div><div hidden id="S:0"><article>${['budget', 'bridge', 'harbour'].map((t) => `<p>${sentence(t)}</p>`).join('')}</article></div>`);
    expect(extractArticle(html, 'https://example.org/a').text).toContain('The harbour was discussed');
  });
});

describe('extractArticle on source and attribution lines', () => {
  const story = ['budget', 'bridge', 'harbour'].map(
    (topic) => `<p>The ${topic} was discussed at length by the committee, which heard residents and engineers before voting.</p>`,
  );
  it.each([
    'Fonte: Agência Brasil',
    'Source : AFP',
    'Fuente: EFE',
    '<a href="https://origin.example.com/a">Source link</a>',
    'This article was originally published at <a href="https://origin.example.com/a">The Origin</a>.',
    'Este artículo fue publicado originalmente en <a href="https://origin.example.com/a">El Origen</a>.',
    'Este artigo foi publicado originalmente em <a href="https://origin.example.com/a">O Origem</a>.',
    'Cet article a été publié initialement sur <a href="https://origin.example.com/a">L’Origine</a>.',
  ])('strips %p', (line) => {
    const text = extractArticle(`<html><body><article>${story.join('')}<p>${line}</p></article></body></html>`, 'https://example.org/a').text;
    expect(paragraphs(text)).toHaveLength(3);
  });
});
