import { startPageSite } from './page-site';

describe('startPageSite', () => {
  it('lists every page once across its feeds and serves each page as made', async () => {
    const site = await startPageSite({ pageCount: 5, itemsPerFeed: 2, page: (i) => `<html><body><p>page ${i}</p></body></html>` });
    try {
      expect(site.feedUrls).toHaveLength(3);
      const feeds = await Promise.all(site.feedUrls.map(async (url) => (await fetch(url)).text()));
      const links = feeds.flatMap((xml) => [...xml.matchAll(/<link>([^<]*\/pages\/\d+\/)<\/link>/g)].map((match) => match[1]));
      expect(links).toEqual([0, 1, 2, 3, 4].map((i) => site.pageUrl(i)));
      expect(await (await fetch(site.pageUrl(3))).text()).toBe('<html><body><p>page 3</p></body></html>');
      expect((await fetch(`${site.origin}/pages/5/`)).status).toBe(404);
      expect(await (await fetch(`${site.origin}/robots.txt`)).text()).toContain('Allow: /');
    } finally {
      await site.close();
    }
  });
});
