import { esc } from '../text';
import {
  authorUrl,
  bodyBlocks,
  copyright,
  footerLinks,
  imageUrl,
  newsletterForm,
  publishedOn,
  publisherHead,
  relatedItems,
  sectionLink,
  sectionLinks,
} from './common';
import type { PublisherPage } from './model';

/** Classic newspaper layout: masthead, schema.org microdata, an inline "read more" promo in the body. */
export function renderBroadsheet(page: PublisherPage): string {
  const { publisher } = page;
  const styles = `<link rel="stylesheet" href="${esc(`${page.home}assets/css/main.4f2a91.css`)}">`;
  return `<!DOCTYPE html>
<html lang="${esc(publisher.htmlLang)}" class="no-js">
${publisherHead(page, '|', styles)}
<body class="article-page">
${cookieBanner(page)}
${masthead(page)}
<main id="main" class="layout">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="${esc(page.home)}">${esc(page.labels.home)}</a></li>
<li>${sectionLink(page)}</li>
<li aria-current="page">${esc(page.item.title)}</li>
</ol></nav>
${story(page)}
<section class="related-box"><h2>${esc(page.labels.related)}</h2><ul>
${relatedItems(page).join('\n')}
</ul></section>
<section class="newsletter-signup"><h2>${esc(page.labels.newsletterTitle)}</h2><p>${esc(page.labels.newsletterText)}</p>
${newsletterForm(page)}
</section>
</main>
<footer class="site-footer"><nav class="site-footer__links">${footerLinks(page).join(' ')}</nav><p class="site-footer__legal">${copyright(page)}</p></footer>
</body>
</html>
`;
}

function cookieBanner(page: PublisherPage): string {
  const { labels } = page;
  return `<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
<p>${esc(labels.cookieText)}</p>
<button class="cookie-banner__accept" type="button">${esc(labels.acceptCookies)}</button>
<button class="cookie-banner__manage" type="button">${esc(labels.manageCookies)}</button>
</div>`;
}

function masthead(page: PublisherPage): string {
  return `<header class="masthead">
<div class="masthead__top"><span class="masthead__date">${publishedOn(page)}</span></div>
<a class="masthead__logo" href="${esc(page.home)}">${esc(page.publisher.name)}</a>
<p class="masthead__tagline">${esc(page.publisher.tagline)}</p>
<nav class="primary-nav" aria-label="Sections"><ul>
${sectionLinks(page, ' class="primary-nav__item"').join('\n')}
</ul></nav>
</header>`;
}

function story(page: PublisherPage): string {
  const { item } = page;
  return `<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<header class="story__header">
<p class="story__kicker">${sectionLink(page)}</p>
<h1 class="story__headline" itemprop="headline">${esc(item.title)}</h1>
<div class="story__byline">${esc(page.labels.by)} <a rel="author" href="${esc(authorUrl(page))}" itemprop="author">${esc(item.author)}</a>
<time datetime="${esc(item.publishedAt)}" itemprop="datePublished">${publishedOn(page)}</time></div>
</header>
<figure class="story__media"><img src="${esc(imageUrl(page))}" alt="${esc(item.imageCaption)}" width="1200" height="675">
<figcaption>${esc(item.imageCaption)} <span class="credit">${esc(page.publisher.name)}</span></figcaption></figure>
<div class="story__body" itemprop="articleBody">
${withPromo(page).join('\n')}
</div>
<ul class="story__tags">${item.tags.map((tag) => `<li>${esc(tag)}</li>`).join('')}</ul>
</article>`;
}

/** Newspapers drop a "read more" teaser after the second paragraph, inside the article body. */
function withPromo(page: PublisherPage): string[] {
  const blocks = bodyBlocks(page);
  const teaser = page.related[0];
  if (teaser === undefined || blocks.length < 4) return blocks;
  const promo = `<aside class="story__promo"><strong>${esc(page.labels.readAlso)}</strong> <a href="${esc(teaser.href)}">${esc(teaser.title)}</a></aside>`;
  return [...blocks.slice(0, 2), promo, ...blocks.slice(2)];
}
