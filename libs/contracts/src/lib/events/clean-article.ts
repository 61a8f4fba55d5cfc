import { z } from 'zod';
import { articleIdSchema, envelopeShape } from '../envelope';
import { provenanceSchema } from './provenance';

export const CLEAN_ARTICLE_VERSION = '1.0';

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
});

export type ArticleContent = z.infer<typeof articleContentSchema>;
export type CleanArticle = z.infer<typeof cleanArticleSchema>;
