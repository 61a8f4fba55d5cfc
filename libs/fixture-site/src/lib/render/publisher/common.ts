import { renderBlocks } from '../blocks';
import { esc, excerpt, humanDate, jsonLdScript, slugify } from '../text';
import { archiveUrl, sectionUrl, type PublisherPage } from './model';

// Pieces every publisher template shares: metadata, body text, link lists, forms.

export function publisherHead(page: PublisherPage, titleSeparator: string, extra: string): string {
  const { item, publisher } = page;
  const description = excerpt(item.paragraphs[0] ?? item.title, 25);
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(item.title)} ${esc(titleSeparator)} ${esc(publisher.name)}</title>
<meta name="description" content="${esc(description)}">
<meta name="author" content="${esc(item.author)}">
<link rel="canonical" href="${esc(page.url)}">
<meta property="og:type" content="article">
<meta property="og:locale" content="${esc(publisher.htmlLang.replace('-', '_'))}">
<meta property="og:title" content="${esc(item.title)}">
<meta property="og:description" content="${esc(description)}">
<meta property="og:url" content="${esc(page.url)}">
<meta property="og:site_name" content="${esc(publisher.name)}">
<meta property="og:image" content="${esc(imageUrl(page))}">
<meta property="article:published_time" content="${esc(item.publishedAt)}">
<meta property="article:section" content="${esc(page.labels.sections[item.category])}">
<meta name="twitter:card" content="summary_large_image">
${extra}
${jsonLdScript(newsArticle(page))}
</head>`;
}

function newsArticle(page: PublisherPage): object {
  const { item, publisher } = page;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    datePublished: item.publishedAt,
    dateModified: item.publishedAt,
    inLanguage: publisher.htmlLang,
    articleSection: page.labels.sections[item.category],
    author: [{ '@type': 'Person', name: item.author }],
    url: page.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.url },
    image: [imageUrl(page)],
    publisher: { '@type': 'NewsMediaOrganization', name: publisher.name, url: page.home },
  };
}

export function imageUrl(page: PublisherPage): string {
  return `${page.home}media/${page.item.slug}.jpg`;
}

export function bodyBlocks(page: PublisherPage, paragraphAttrs = ''): string[] {
  return renderBlocks(page.item.body, (slug) => archiveUrl(page.home, slug), paragraphAttrs);
}

export function publishedOn(page: PublisherPage, withTime = false): string {
  return esc(humanDate(page.item.publishedAt, page.publisher.htmlLang, withTime));
}

export function authorUrl(page: PublisherPage): string {
  return `${page.home}authors/${slugify(page.item.author)}/`;
}

export function sectionLinks(page: PublisherPage, itemAttrs = ''): string[] {
  return Object.values(page.labels.sections).map(
    (name) => `<li${itemAttrs}><a href="${esc(`${page.home}${slugify(name)}/`)}">${esc(name)}</a></li>`,
  );
}

export function sectionLink(page: PublisherPage): string {
  const name = page.labels.sections[page.item.category];
  return `<a href="${esc(sectionUrl(page))}">${esc(name)}</a>`;
}

export function relatedItems(page: PublisherPage): string[] {
  return page.related.map((link) => `<li><a href="${esc(link.href)}">${esc(link.title)}</a></li>`);
}

export function newsletterForm(page: PublisherPage): string {
  const { labels } = page;
  return `<form action="${esc(`${page.home}newsletter/subscribe`)}" method="post">
<input type="email" name="email" placeholder="${esc(labels.emailPlaceholder)}" required>
<button type="submit">${esc(labels.signUp)}</button>
</form>`;
}

export function footerLinks(page: PublisherPage): string[] {
  return page.labels.footerLinks.map(
    (label) => `<a href="${esc(`${page.home}${slugify(label)}/`)}">${esc(label)}</a>`,
  );
}

export function copyright(page: PublisherPage): string {
  const year = new Date(page.item.publishedAt).getUTCFullYear();
  return `© ${year} ${esc(page.publisher.name)}. ${esc(page.labels.rights)}`;
}
