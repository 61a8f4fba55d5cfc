import { esc } from '../text';
import {
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

/** An older agency CMS: div soup, a sidebar, a copyright line inside the article element. */
export function renderWire(page: PublisherPage): string {
  const styles = `<link rel="stylesheet" type="text/css" href="${esc(`${page.home}static/style.css?v=2019`)}">`;
  return `<!DOCTYPE html>
<html lang="${esc(page.publisher.htmlLang)}">
${publisherHead(page, '—', styles)}
<body id="story-page">
<div id="wrapper">
<div id="header"><a id="logo" href="${esc(page.home)}"><img src="${esc(`${page.home}static/logo.png`)}" alt="${esc(page.publisher.name)}"></a><p class="slogan">${esc(page.publisher.tagline)}</p></div>
<ul id="menu">
${sectionLinks(page).join('\n')}
</ul>
<div id="content" class="clearfix">
<div class="breadcrumbs"><a href="${esc(page.home)}">${esc(page.labels.home)}</a> » ${sectionLink(page)} » <span>${esc(page.item.title)}</span></div>
<div id="main-col">
${story(page)}
<div id="related-stories"><h3>${esc(page.labels.related)}</h3><ul>
${relatedItems(page).join('\n')}
</ul></div>
</div>
${sidebar(page)}
</div>
<div id="footer"><p>${footerLinks(page).join(' | ')}</p><p>${copyright(page)}</p></div>
</div>
<div class="gdpr-notice" id="gdpr"><p>${esc(page.labels.cookieText)}</p><a class="btn" href="#accept">${esc(page.labels.acceptCookies)}</a> <a href="#settings">${esc(page.labels.manageCookies)}</a></div>
</body>
</html>
`;
}

function story(page: PublisherPage): string {
  const { item } = page;
  const mail = `mailto:?subject=${encodeURIComponent(item.title)}&body=${encodeURIComponent(page.url)}`;
  return `<article id="story" class="news-item hentry">
<h1 class="entry-title">${esc(item.title)}</h1>
<p class="byline">${esc(page.labels.by)} <span class="author vcard"><span class="fn">${esc(item.author)}</span></span> | <time class="published" datetime="${esc(item.publishedAt)}">${publishedOn(page, true)}</time></p>
<div class="tools"><a class="tool-print" href="#print" aria-label="Print">⎙</a> <a class="tool-email" href="${esc(mail)}" aria-label="${esc(page.labels.share)}">✉</a></div>
<figure class="story-photo"><img src="${esc(imageUrl(page))}" alt="${esc(item.imageCaption)}" width="640" height="360"><figcaption class="wp-caption-text">${esc(item.imageCaption)}</figcaption></figure>
<div class="entry-content">
${bodyBlocks(page).join('\n')}
</div>
<p class="copyright-notice">${copyright(page)}</p>
</article>`;
}

function sidebar(page: PublisherPage): string {
  return `<div id="sidebar">
<div class="widget newsletter"><h3>${esc(page.labels.newsletterTitle)}</h3><p>${esc(page.labels.newsletterText)}</p>
${newsletterForm(page)}
</div>
<div class="widget ad-box"><span>${esc(page.labels.advertisement)}</span></div>
</div>`;
}
