import { z } from 'zod';
import { articleIdSchema, envelopeShape } from '../envelope';
import { provenanceSchema } from './provenance';

/** 1.1 added `storyId` and `textHash`. */
export const CLEAN_ARTICLE_VERSION = '1.1';

export const articleContentSchema = z.object({
  title: z.string(),
  /** Paragraphs separated by a blank line; headings are paragraphs of their own. */
  text: z.string().min(1),
  authors: z.array(z.string()),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  language: z.string().optional(),
  canonicalUrl: z.url().optional(),
  siteName: z.string().optional(),
  description: z.string().optional(),
});

export const cleanArticleSchema = z.object({
  ...envelopeShape,
  articleId: articleIdSchema,
  provenance: provenanceSchema,
  fetchedAt: z.iso.datetime({ offset: true }),
  article: articleContentSchema,
  /** Since 1.1: the story the article tells, shared by its copies on other sites (MinHash of the text). */
  storyId: z.string().min(1).max(100).optional(),
  /** Since 1.1: SHA-256 (hex) of the text's normalised words; exact duplicates share it and are emitted once. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'textHash must be a SHA-256 hex digest').optional(),
});

export type ArticleContent = z.infer<typeof articleContentSchema>;
export type CleanArticle = z.infer<typeof cleanArticleSchema>;
