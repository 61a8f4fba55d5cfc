import type { AnyNode } from 'domhandler';
import { collapseSpace } from './dom';
import { hasType, type JsonLdNode, parseJsonLd, stringOf } from './json-ld';
import { scanPage } from './page-scan';
import { resolveHttpUrl } from './url';

export interface ArticleMetadata {
  title: string;
  authors: string[];
  publishedAt?: string;
  modifiedAt?: string;
  language?: string;
  canonicalUrl?: string;
  siteName?: string;
  leadImage?: string;
  description?: string;
  tags: string[];
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|WebPage|Posting/i;

export interface PageMetadata {
  metadata: ArticleMetadata;
  /** The JSON-LD articleBody: often truncated or flattened, so only a fallback for the DOM text. */
  declaredBody?: string;
}

/** Metadata from JSON-LD first (most deliberate), then OpenGraph/meta tags, then the markup. */
export function readMetadata(root: AnyNode, url: string): PageMetadata {
  const scan = scanPage(root);
  const { metas } = scan;
  const meta = (...keys: string[]) => keys.map((key) => metas.get(key)?.[0]).find(Boolean);
  const ld = parseJsonLd(scan.jsonLd);
  const article = ld.find((node) => hasType(node, ARTICLE_TYPE) && !hasType(node, /^WebPage$/)) ?? {};
  const base = resolveHttpUrl(scan.base, url) ?? url;
  const metadata: ArticleMetadata = {
    title: collapseSpace((stringOf(article['headline']) ?? meta('og:title', 'twitter:title')) || scan.h1 || scan.title),
    authors: authorsOf(article, metas, scan.bylines),
    publishedAt: isoDate(
      stringOf(article['datePublished']) ??
        meta('article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date') ??
        scan.time,
    ),
    modifiedAt: isoDate(stringOf(article['dateModified']) ?? meta('article:modified_time', 'og:updated_time')),
    language: languageTag(scan.lang ?? meta('content-language') ?? stringOf(article['inLanguage']) ?? meta('og:locale')),
    canonicalUrl: resolveHttpUrl(scan.canonical ?? meta('og:url'), base),
    siteName: meta('og:site_name', 'application-name') ?? publisherName(ld),
    leadImage: resolveHttpUrl(meta('og:image', 'og:image:url', 'twitter:image') ?? stringOf(article['image']), base),
    description: meta('og:description', 'description', 'twitter:description') ?? stringOf(article['description']),
    tags: unique([...(metas.get('article:tag') ?? []), ...keywordsOf(article['keywords'] ?? meta('news_keywords', 'keywords'))]),
  };
  const body = article['articleBody'];
  return { metadata, declaredBody: typeof body === 'string' ? body.trim() : undefined };
}

function authorsOf(article: JsonLdNode, metas: Map<string, string[]>, bylines: string[]): string[] {
  const fromLd = [article['author']].flat().map(stringOrName).filter((name): name is string => !!name);
  if (fromLd.length) return cleanAuthors(fromLd);
  // article:author is often a profile URL, which is no name.
  const fromMeta = [...(metas.get('author') ?? []), ...(metas.get('article:author') ?? [])].filter((a) => !/^https?:/.test(a));
  if (fromMeta.length) return cleanAuthors(fromMeta);
  return cleanAuthors(bylines);
}

function stringOrName(value: unknown): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) return stringOf((value as JsonLdNode)['name']);
  return stringOf(value);
}

function cleanAuthors(names: string[]): string[] {
  const cleaned = names
    .flatMap((name) => collapseSpace(name).replace(/^(?:by|por|par|von)\s+/i, '').split(/\s*(?:,|\band\b|&|\by\b|\bet\b|\be\b)\s*/))
    .filter((name) => name.length > 1 && name.length < 80);
  return unique(cleaned);
}

function publisherName(ld: JsonLdNode[]): string | undefined {
  const publisher = ld.map((node) => node['publisher']).find(Boolean);
  return stringOrName(publisher) ?? stringOf(ld.find((node) => hasType(node, /^(?:Organization|NewsMediaOrganization)$/))?.['name']);
}

/** A BCP 47 tag in its usual case (en-GB, zh-Hant-TW), or nothing when the markup holds no tag. */
function languageTag(raw: string | undefined): string | undefined {
  const tag = raw?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return undefined;
  const [language, ...rest] = tag.split('-');
  return [language.toLowerCase(), ...rest.map(subtagCase)].join('-');
}

function subtagCase(subtag: string): string {
  if (/^[a-z]{2}$/i.test(subtag)) return subtag.toUpperCase();
  if (/^[a-z]{4}$/i.test(subtag)) return subtag[0].toUpperCase() + subtag.slice(1).toLowerCase();
  return subtag.toLowerCase();
}

function keywordsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;]/) : [];
  return list.filter((tag): tag is string => typeof tag === 'string').map(collapseSpace).filter(Boolean);
}

function isoDate(value: string | undefined): string | undefined {
  const time = value ? Date.parse(value.trim()) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    return !seen.has(key) && !!seen.add(key);
  });
}
