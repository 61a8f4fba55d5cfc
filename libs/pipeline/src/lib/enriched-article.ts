import { CleanArticle, ENRICHED_ARTICLE_VERSION, EnrichedArticle, newEnvelope } from '@newsflow/contracts';
import { Enrichment } from '@newsflow/enrichment';

/** Adds the government bodies and stances found in the article's text, read in its declared language. */
export function toEnrichedArticle(
  clean: CleanArticle,
  enrich: (text: string, language?: string) => Enrichment,
  now = new Date(),
): EnrichedArticle {
  const { bodies, stances, gazetteerVersion } = enrich(clean.article.text, clean.article.language);
  return {
    ...clean,
    ...newEnvelope('enricher', ENRICHED_ARTICLE_VERSION, clean, now),
    enrichment: { bodies, stances, gazetteerVersion, enrichedAt: now.toISOString() },
  };
}
