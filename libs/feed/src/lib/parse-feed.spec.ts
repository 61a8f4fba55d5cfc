import { parseFeed } from './parse-feed';

const FEED_URL = 'https://news.example.org/feeds/latest.xml';

describe('parseFeed', () => {
  it('reads RSS 2.0 items, resolving relative links and falling back to the link as guid', async () => {
    const xml = `<?xml version="1.0"?>
      <rss version="2.0"><channel><title>Latest</title>
        <item><title> First </title><link>/2024/05/first</link><guid isPermaLink="false">id-1</guid>
          <pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate></item>
        <item><title>Second</title><link>https://other.example.com/second</link></item>
        <item><title>No link</title><guid>id-3</guid></item>
        <item><title>Bad link</title><link>javascript:alert(1)</link></item>
      </channel></rss>`;
    expect(await parseFeed(xml, FEED_URL)).toEqual([
      {
        guid: 'id-1',
        url: 'https://news.example.org/2024/05/first',
        title: 'First',
        publishedAt: '2024-05-14T08:30:00.000Z',
      },
      { guid: 'https://other.example.com/second', url: 'https://other.example.com/second', title: 'Second' },
    ]);
  });

  it('reads Atom entries with their id as guid and the alternate link as url', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
        <entry><title>Hello</title><id>tag:example.org,2024:1</id>
          <link rel="alternate" href="posts/hello"/><published>2024-03-01T10:00:00Z</published></entry>
        <entry><title>No link</title><id>tag:example.org,2024:2</id></entry>
      </feed>`;
    expect(await parseFeed(xml, FEED_URL)).toEqual([
      {
        guid: 'tag:example.org,2024:1',
        url: 'https://news.example.org/feeds/posts/hello',
        title: 'Hello',
        publishedAt: '2024-03-01T10:00:00.000Z',
      },
    ]);
  });

  it('keeps the other Atom entries when one has an unparsable date', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry><id>a</id><link href="/a"/><published>yesterday-ish</published></entry>
      <entry><id>b</id><link href="/b"/></entry></feed>`;
    const items = await parseFeed(xml, FEED_URL);
    expect(items.map((item) => item.guid)).toEqual(['a', 'b']);
  });

  it('reads RDF (RSS 1.0) items with dc:date', async () => {
    const xml = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
          xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://news.example.org/"><title>RDF</title></channel>
        <item rdf:about="https://news.example.org/story/1"><title>Story</title>
          <link>https://news.example.org/story/1</link><dc:date>2024-01-02T03:04:05Z</dc:date></item>
      </rdf:RDF>`;
    expect(await parseFeed(xml, FEED_URL)).toEqual([
      {
        guid: 'https://news.example.org/story/1',
        url: 'https://news.example.org/story/1',
        title: 'Story',
        publishedAt: '2024-01-02T03:04:05.000Z',
      },
    ]);
  });

  it('rejects a document that is not a feed', async () => {
    await expect(parseFeed('<html><body>nope</body></html>', FEED_URL)).rejects.toThrow();
  });
});
