import type { FixtureItem } from '../../data/model';
import { itemUrl, type SiteContext } from '../context';
import { esc, excerpt, jsonLdScript } from '../text';
import { AGGREGATOR, absolute, featuredImageUrl } from './site';

const AMP_BOILERPLATE =
  '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>' +
  '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>';

const CUSTOM_CSS =
  '.amp-wp-header{background:#0a3d62;color:#fff}.amp-wp-site-icon{border-radius:50%}' +
  '.screen-reader-text{position:absolute;clip:rect(1px,1px,1px,1px)}.amp-wp-article{max-width:840px;margin:1.5em auto}' +
  '.amp-wp-footer{border-top:1px solid #c2c2c2;padding:1em}';

/** Aggregators claim the story: canonical and og:url point at their own copy. */
export function aggregatorHead(ctx: SiteContext, item: FixtureItem): string {
  const url = itemUrl(ctx, item);
  const description = excerpt(item.paragraphs[0] ?? item.title);
  const image = featuredImageUrl(ctx, item);
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>${esc(item.title)} – ${esc(AGGREGATOR.name)}</title>
<meta name="description" content="${esc(description)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="${esc(url)}">
<link rel="icon" href="${esc(absolute(ctx, AGGREGATOR.iconPath))}" sizes="32x32">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(item.title)}">
<meta property="og:description" content="${esc(description)}">
<meta property="og:url" content="${esc(url)}">
<meta property="og:site_name" content="${esc(AGGREGATOR.name)}">
<meta property="og:image" content="${esc(image)}">
<meta property="article:published_time" content="${esc(item.publishedAt)}">
<meta property="article:section" content="${esc(item.category)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="generator" content="WordPress ${AGGREGATOR.wordpress}">
<meta name="generator" content="AMP Plugin v2.5.2; mode=reader; theme=legacy">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
${AMP_BOILERPLATE}
<style amp-custom>${CUSTOM_CSS}</style>
${jsonLdScript(blogPosting(ctx, item, image))}
</head>`;
}

function blogPosting(ctx: SiteContext, item: FixtureItem, image: string): object {
  return {
    '@context': 'http://schema.org',
    '@type': 'BlogPosting',
    mainEntityOfPage: itemUrl(ctx, item),
    headline: item.title,
    datePublished: item.publishedAt,
    dateModified: item.publishedAt,
    author: { '@type': 'Person', name: item.author },
    image: { '@type': 'ImageObject', url: image, width: 1024, height: 576 },
    publisher: {
      '@type': 'Organization',
      name: AGGREGATOR.name,
      logo: { '@type': 'ImageObject', url: absolute(ctx, AGGREGATOR.logoPath) },
    },
  };
}
