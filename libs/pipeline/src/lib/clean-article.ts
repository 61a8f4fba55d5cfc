import { ArticleContent, CLEAN_ARTICLE_VERSION, CleanArticle, RawPage, newEnvelope } from '@newsflow/contracts';
import { ExtractedArticle } from '@newsflow/extraction';
import { StoryAssignment } from '@newsflow/story-identity';

export type StageResult<T> = { ok: true; event: T } | { ok: false; reason: string };

/** Turns a raw page into a clean article, or says why the page holds none. */
export function toCleanArticle(
  raw: RawPage,
  extract: (html: string, url: string) => ExtractedArticle,
  now = new Date(),
): StageResult<CleanArticle> {
  if (!/^(text\/html|application\/xhtml\+xml)\b/i.test(raw.contentType.trim())) {
    return { ok: false, reason: `not an HTML page (${raw.contentType || 'no content type'}): ${raw.provenance.sourceUrl}` };
  }
  if (looksBinary(raw.html)) {
    return { ok: false, reason: `binary content served as ${raw.contentType.trim()}: ${raw.provenance.sourceUrl}` };
  }
  const extracted = extract(raw.html, raw.provenance.sourceUrl);
  if (!extracted.text.trim()) return { ok: false, reason: `no article text found in ${raw.provenance.sourceUrl}` };
  return {
    ok: true,
    event: {
      ...newEnvelope('cleaner', CLEAN_ARTICLE_VERSION, raw, now),
      articleId: raw.articleId,
      provenance: raw.provenance,
      fetchedAt: raw.fetchedAt,
      article: articleContent(extracted),
    },
  };
}

const SNIFF_CHARS = 64 * 1024;
// Random bytes decoded as UTF-8 are over half U+FFFD; as windows-1252 (undeclared), 11% C0 controls.
const MAX_NON_TEXT_SHARE = 0.05;

/** Whether a page labelled as HTML is binary data (an image, an archive) decoded as text: its start is mostly non-text. */
export function looksBinary(html: string): boolean {
  const length = Math.min(html.length, SNIFF_CHARS);
  let nonText = 0;
  for (let i = 0; i < length; i++) if (isNonText(html.charCodeAt(i))) nonText++;
  return nonText > length * MAX_NON_TEXT_SHARE;
}

/** Undecodable bytes (U+FFFD) and control characters no text holds; tab, line feed, form feed and carriage return are text. */
function isNonText(code: number): boolean {
  return code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d);
}

/** Drops metadata the contract would reject (unparseable dates or URLs) rather than the article. */
function articleContent(extracted: ExtractedArticle): ArticleContent {
  return {
    title: extracted.title,
    text: extracted.text,
    authors: extracted.authors,
    publishedAt: isoDate(extracted.publishedAt),
    language: extracted.language,
    canonicalUrl: isUrl(extracted.canonicalUrl) ? extracted.canonicalUrl : undefined,
    siteName: extracted.siteName,
    description: extracted.description,
  };
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function isUrl(value: string | undefined): value is string {
  return value !== undefined && URL.canParse(value);
}

export type StoryAssigner = (articleId: string, text: string) => Promise<StoryAssignment>;

/** The clean article stamped with its story, or the article that already carried exactly this text. */
export async function withStory(
  event: CleanArticle,
  assign: StoryAssigner,
): Promise<{ event: CleanArticle } | { duplicateOf: string }> {
  const story = await assign(event.articleId, event.article.text);
  if (story.duplicateOf) return { duplicateOf: story.duplicateOf };
  return { event: { ...event, storyId: story.storyId, textHash: story.contentHash } };
}
