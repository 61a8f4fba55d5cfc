import type { FixtureItem } from '../../data/model';
import { itemUrl, type SiteContext } from '../context';
import { esc, humanDate } from '../text';
import { AGGREGATOR, absolute, categoryUrl, featuredImageUrl, tagUrl } from './site';

// Everything after the article: related posts, comment form, newsletter and sidebar widgets.

function othersThan(ctx: SiteContext, item: FixtureItem): readonly FixtureItem[] {
  return ctx.items.filter((other) => other.slug !== item.slug);
}

function postLink(ctx: SiteContext, item: FixtureItem): string {
  return `<a href="${esc(itemUrl(ctx, item))}">${esc(item.title)}</a>`;
}

export function relatedPosts(ctx: SiteContext, item: FixtureItem): string {
  const sameCategory = (other: FixtureItem): number => Number(other.category === item.category);
  const entries = [...othersThan(ctx, item)]
    .sort((a, b) => sameCategory(b) - sameCategory(a))
    .slice(0, 3)
    .map(
      (other) => `<li class="related-post">
<amp-img src="${esc(featuredImageUrl(ctx, other))}" width="150" height="84" alt=""></amp-img>
${postLink(ctx, other)}
<time datetime="${esc(other.publishedAt)}">${esc(humanDate(other.publishedAt, 'en-US'))}</time>
</li>`,
    );
  return `<section class="amp-wp-related-posts jp-relatedposts">
<h3 class="jp-relatedposts-headline">Related posts</h3>
<ul>
${entries.join('\n')}
</ul>
</section>`;
}

export function commentsBox(ctx: SiteContext, item: FixtureItem): string {
  const action = absolute(ctx, '/wp-comments-post.php');
  return `<section id="respond" class="amp-wp-comments comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="${esc(action)}" method="post" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p><label for="comment">Comment *</label><textarea id="comment" name="comment" rows="6" required></textarea></p>
<p><label for="author">Name *</label><input id="author" name="author" type="text" required></p>
<p><label for="email">Email *</label><input id="email" name="email" type="email" required></p>
<input type="hidden" name="comment_post_ID" value="${esc(item.slug)}">
<p class="form-submit"><button type="submit">Post Comment</button></p>
</form>
</section>
<section class="newsletter-box">
<h3>Subscribe to our newsletter</h3>
<p>Get the latest headlines from ${esc(AGGREGATOR.name)} delivered to your inbox every morning.</p>
<form action="${esc(absolute(ctx, '/newsletter/'))}" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Subscribe</button></form>
</section>`;
}

export function sidebar(ctx: SiteContext, item: FixtureItem): string {
  const recent = othersThan(ctx, item).slice(0, 5).map((other) => `<li>${postLink(ctx, other)}</li>`);
  const categories = [...new Set(ctx.items.map((entry) => entry.category))].map(
    (name) => `<li class="cat-item"><a href="${esc(categoryUrl(ctx, name))}">${esc(name)}</a></li>`,
  );
  const tags = [...new Set(ctx.items.flatMap((entry) => entry.tags))].map(
    (name) => `<a href="${esc(tagUrl(ctx, name))}" class="tag-cloud-link">${esc(name)}</a>`,
  );
  return `<aside id="secondary" class="widget-area sidebar" aria-label="Sidebar">
<section class="widget widget_search"><form role="search" action="${esc(absolute(ctx, '/'))}"><label>Search for: <input type="search" name="s"></label><button type="submit">Search</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
${recent.join('\n')}
</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>
${categories.join('\n')}
</ul></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">
${tags.join('\n')}
</div></section>
<section class="widget widget_text"><h2 class="widget-title">Follow us</h2><p>Follow ${esc(AGGREGATOR.name)} on Facebook, Twitter and Telegram for breaking news alerts.</p></section>
</aside>`;
}
