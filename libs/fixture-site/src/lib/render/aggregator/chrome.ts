import type { FixtureItem } from '../../data/model';
import { itemUrl, type SiteContext } from '../context';
import { esc } from '../text';
import { AGGREGATOR, absolute, categoryUrl } from './site';

// Layout of the AMP plugin's legacy reader template, which most auto-blogs ship unchanged.

export function siteHeader(ctx: SiteContext): string {
  return `<header id="top" class="amp-wp-header">
<div>
<a href="${esc(absolute(ctx, '/'))}">
<amp-img src="${esc(absolute(ctx, AGGREGATOR.iconPath))}" width="32" height="32" class="amp-wp-site-icon" alt=""></amp-img>
<span class="screen-reader-text">Site icon</span>
<span class="amp-site-title">${esc(AGGREGATOR.name)}</span>
</a>
<button class="amp-wp-menu-toggle" on="tap:site-navigation.toggle" aria-label="Open menu" aria-expanded="false"></button>
</div>
</header>`;
}

export function siteNav(ctx: SiteContext): string {
  const entries = AGGREGATOR.menu.map(
    (name) => `<li class="menu-item"><a href="${esc(categoryUrl(ctx, name))}">${esc(name)}</a></li>`,
  );
  return `<nav id="site-navigation" class="amp-wp-nav main-navigation" aria-label="Main menu">
<ul id="menu-main" class="menu">
<li class="menu-item menu-item-home"><a href="${esc(absolute(ctx, '/'))}">Home</a></li>
${entries.join('\n')}
<li class="menu-item"><a href="${esc(absolute(ctx, '/contact/'))}">Contact</a></li>
</ul>
</nav>`;
}

export function shareBar(ctx: SiteContext, item: FixtureItem): string {
  const url = encodeURIComponent(itemUrl(ctx, item));
  const title = encodeURIComponent(item.title);
  const links = [
    ['facebook', 'Facebook', `https://www.facebook.com/sharer/sharer.php?u=${url}`],
    ['twitter', 'Twitter', `https://twitter.com/intent/tweet?url=${url}&text=${title}`],
    ['whatsapp', 'WhatsApp', `https://api.whatsapp.com/send?text=${title}%20${url}`],
    ['email', 'Email', `mailto:?subject=${title}&body=${url}`],
  ].map(
    ([network, label, href]) =>
      `<a class="amp-social-share share-${network}" href="${esc(href)}" target="_blank" rel="nofollow noopener">${esc(label)}</a>`,
  );
  return `<div class="amp-wp-share sharedaddy" aria-label="Share this">\n${links.join('\n')}\n</div>`;
}

export function siteFooter(ctx: SiteContext, item: FixtureItem): string {
  const year = new Date(item.publishedAt).getUTCFullYear();
  return `<footer class="amp-wp-footer">
<div>
<h2>${esc(AGGREGATOR.name)}</h2>
<p>© ${year} ${esc(AGGREGATOR.name)}. Proudly powered by WordPress.</p>
<a href="#top" class="back-to-top">Back to top</a>
</div>
<div class="amp-wp-mobile-version-switcher">
<a rel="nofollow" href="${esc(`${itemUrl(ctx, item)}?noamp=mobile`)}">Exit mobile version</a>
</div>
</footer>`;
}
