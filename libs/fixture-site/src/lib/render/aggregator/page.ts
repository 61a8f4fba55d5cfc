import type { FixtureItem } from '../../data/model';
import { renderBlocks } from '../blocks';
import { sourceUrl, type SiteContext } from '../context';
import { esc, humanDate } from '../text';
import { shareBar, siteFooter, siteHeader, siteNav } from './chrome';
import { aggregatorHead } from './head';
import { absolute, categoryUrl, featuredImageUrl, postId, tagUrl } from './site';
import { commentsBox, relatedPosts, sidebar } from './widgets';

/** An auto-blog item page: the republished article wrapped in WordPress/AMP chrome. */
export function renderAggregatorPage(ctx: SiteContext, item: FixtureItem): string {
  return `<!DOCTYPE html>
<html amp lang="en">
${aggregatorHead(ctx, item)}
<body class="post-template-default single single-post postid-${postId(item)} single-format-standard">
${siteHeader(ctx)}
${siteNav(ctx)}
${shareBar(ctx, item)}
${article(ctx, item)}
${relatedPosts(ctx, item)}
${commentsBox(ctx, item)}
${sidebar(ctx, item)}
${siteFooter(ctx, item)}
</body>
</html>
`;
}

function article(ctx: SiteContext, item: FixtureItem): string {
  const body = renderBlocks(item.body, (slug) => absolute(ctx, `/${slug}/`));
  return `<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">${esc(item.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">${esc(item.author)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="${esc(item.publishedAt)}">${esc(humanDate(item.publishedAt, 'en-US'))}</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption">
<amp-img src="${esc(featuredImageUrl(ctx, item))}" width="1024" height="576" layout="responsive" alt="${esc(item.imageCaption)}"></amp-img>
</figure>
<div class="amp-wp-article-content">
${body.join('\n')}
${sourceLink(ctx, item)}
</div>
${articleFooter(ctx, item)}
</article>`;
}

/** Republishing plugins append this after the copied text; absent for the site's own stories. */
function sourceLink(ctx: SiteContext, item: FixtureItem): string {
  const url = sourceUrl(ctx, item);
  if (url === undefined) return '';
  return `<p><a href="${esc(url)}" target="_blank" rel="nofollow noopener">Source link</a></p>`;
}

function articleFooter(ctx: SiteContext, item: FixtureItem): string {
  const tags = item.tags.map((tag) => `<a href="${esc(tagUrl(ctx, tag))}" rel="tag">${esc(tag)}</a>`);
  return `<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="${esc(categoryUrl(ctx, item.category))}" rel="category tag">${esc(item.category)}</a></div>
<div class="amp-wp-meta amp-wp-tax-tag">Tags: ${tags.join(', ')}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="#respond">Leave a Comment</a></div>
</footer>`;
}
