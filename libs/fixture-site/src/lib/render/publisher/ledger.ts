import { esc, scriptJson, slugify } from '../text';
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
} from './common';
import type { PublisherPage } from './model';

const TICKER = ['S&P 500 ▲ 0.42%', 'Nikkei 225 ▼ 0.18%', 'EUR/USD 1.0842', 'USD/BRL 5.47', 'Brent $82.10'];

/** Single-page-app style markup: hashed class names, a markets ticker, an ad slot inside the body. */
export function renderLedger(page: PublisherPage): string {
  const preload = `<link rel="preload" href="${esc(`${page.home}_next/static/css/app-9c1e.css`)}" as="style">`;
  return `<!DOCTYPE html>
<html lang="${esc(page.publisher.htmlLang)}" dir="ltr">
${publisherHead(page, '-', preload)}
<body>
<div id="__next">
<div class="Ticker_root__q2Xa" aria-label="Markets">${TICKER.map((quote) => `<span>${esc(quote)}</span>`).join('')}</div>
${header(page)}
<main class="Layout_main__m3Kd">
<nav aria-label="breadcrumb" class="Breadcrumbs_root__b1Qs"><a href="${esc(page.home)}">${esc(page.labels.home)}</a><span aria-hidden="true">/</span>${sectionLink(page)}</nav>
${article(page)}
<aside class="MoreFrom_root__m2Lp"><h2>${esc(page.labels.related)}</h2><ol>
${relatedItems(page).join('\n')}
</ol></aside>
<section class="Newsletter_root__n4Tz"><h2>${esc(page.labels.newsletterTitle)}</h2><p>${esc(page.labels.newsletterText)}</p>
${newsletterForm(page)}
</section>
</main>
<footer class="Footer_root__f5Rw"><div class="Footer_links__k2">${footerLinks(page).join('')}</div><small>${copyright(page)}</small></footer>
${cookieRegion(page)}
</div>
<script id="__NEXT_DATA__" type="application/json">${scriptJson({ page: '/[section]/[...slug]', query: { slug: page.item.slug } })}</script>
</body>
</html>
`;
}

function header(page: PublisherPage): string {
  const sections = Object.values(page.labels.sections).map(
    (name) => `<a class="Header_link__r7" href="${esc(`${page.home}${slugify(name)}/`)}">${esc(name)}</a>`,
  );
  return `<header class="Header_header__7kQpz"><div class="Header_inner__1a2b">
<a class="Header_logo__x9Wc" href="${esc(page.home)}" aria-label="${esc(page.publisher.name)}"><span>${esc(page.publisher.name)}</span></a>
<nav class="Header_nav__3fGh">${sections.join('')}</nav>
</div></header>`;
}

function article(page: PublisherPage): string {
  const { item } = page;
  return `<article class="Article_article__Zk1e" data-article-id="${esc(item.slug)}">
<div class="Article_header__h1Lm">
<span class="Article_section__s9Vb">${esc(page.labels.sections[item.category])}</span>
<h1 data-testid="headline">${esc(item.title)}</h1>
<div class="Byline_root__b4Nc"><a class="Byline_author__a1Ds" href="${esc(authorUrl(page))}">${esc(page.labels.by)} ${esc(item.author)}</a> <time datetime="${esc(item.publishedAt)}">${publishedOn(page)}</time></div>
</div>
<figure class="Media_figure__f2Hj"><picture><source srcset="${esc(imageUrl(page).replace(/\.jpg$/, '.webp'))}" type="image/webp"><img src="${esc(imageUrl(page))}" alt="" width="1600" height="900"></picture>
<figcaption class="Media_caption__c1Pq">${esc(item.imageCaption)}</figcaption></figure>
<div class="ArticleBody_body__b7Yt" data-component="article-body">
${withAdSlot(page).join('\n')}
</div>
</article>`;
}

/** Ad slots sit between paragraphs, so an extractor must skip them inside the body. */
function withAdSlot(page: PublisherPage): string[] {
  const blocks = bodyBlocks(page, ' class="Paragraph_p__x7Qe"');
  const ad = `<div class="AdSlot_root__a9Kx" data-ad-unit="article-inline" aria-hidden="true"><span>${esc(page.labels.advertisement)}</span></div>`;
  return [...blocks.slice(0, 3), ad, ...blocks.slice(3)];
}

function cookieRegion(page: PublisherPage): string {
  const { labels } = page;
  return `<div class="CookieConsent_banner__c7Mn" role="region" aria-label="Cookie consent">
<p>${esc(labels.cookieText)}</p>
<div><button type="button">${esc(labels.manageCookies)}</button><button type="button" class="primary">${esc(labels.acceptCookies)}</button></div>
</div>`;
}
