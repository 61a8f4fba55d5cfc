import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from './parse-feed';

/** Real-world shaped feeds: a WordPress RSS 2.0 feed, a Blogger Atom feed and an RDF (RSS 1.0) feed. */
const fixture = (name: string, encoding: BufferEncoding = 'utf8') => readFileSync(join(__dirname, '..', '..', 'fixtures', name), encoding);

describe('parseFeed on feed fixtures', () => {
  it('reads a WordPress RSS 2.0 feed: CDATA titles, entity-escaped links, non-permalink guids', async () => {
    const items = await parseFeed(fixture('wordpress-rss2.xml'), 'https://noticias.example.org/feed/');
    expect(items).toEqual([
      {
        guid: 'https://noticias.example.org/?p=48213',
        url: 'https://noticias.example.org/2024/05/15/guardacostas-embarcacion/?utm_source=rss&utm_medium=rss&utm_campaign=guardacostas-embarcacion',
        title: 'Guardacostas intercepta una embarcación “rústica” al sur de Cayo Hueso',
        publishedAt: '2024-05-15T10:05:41.000Z',
      },
      {
        guid: 'https://noticias.example.org/?p=48190',
        url: 'https://noticias.example.org/2024/05/14/ministerio-programa/',
        title: 'Ministério anuncia novo programa',
        publishedAt: '2024-05-14T22:40:00.000Z',
      },
    ]);
  });

  it('reads a Blogger Atom feed: the alternate link among several, relative links, updated when not published', async () => {
    const items = await parseFeed(fixture('blogger-atom.xml'), 'https://journal.example.fr/feeds/posts/default');
    expect(items).toEqual([
      {
        guid: 'tag:blogger.com,1999:blog-1234567890.post-111',
        url: 'https://journal.example.fr/2024/05/rapport.html',
        title: "Le ministère de l'Intérieur publie son rapport",
        publishedAt: '2024-05-15T07:00:00.000Z',
      },
      {
        guid: 'tag:blogger.com,1999:blog-1234567890.post-110',
        url: 'https://journal.example.fr/2024/05/elections.html',
        title: 'Élections : le calendrier',
        publishedAt: '2024-05-14T18:00:00.000Z',
      },
    ]);
  });

  it('reads an RDF (RSS 1.0) feed in Latin-1 with dc:date, the item URI as guid', async () => {
    const items = await parseFeed(fixture('slashdot-rdf.xml', 'latin1'), 'https://wire.example.net/index.rdf');
    expect(items).toEqual([
      {
        guid: 'https://wire.example.net/story/24/05/15/1/state-department-statement?utm_source=rss1.0mainlinkanon&utm_medium=feed',
        url: 'https://wire.example.net/story/24/05/15/1/state-department-statement?utm_source=rss1.0mainlinkanon&utm_medium=feed',
        title: 'State Department Issues Statement on Detentions',
        publishedAt: '2024-05-15T10:45:00.000Z',
      },
      {
        guid: 'https://wire.example.net/story/24/05/15/2/caf%E9-prices',
        url: 'https://wire.example.net/story/24/05/15/2/caf%E9-prices',
        title: 'Café Prices Climb',
        publishedAt: '2024-05-15T09:15:00.000Z',
      },
    ]);
  });
});
