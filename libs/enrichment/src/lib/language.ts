import { Token } from './text';

/** Languages whose body shapes and stance cues the enricher knows. */
export type Language = 'en' | 'es' | 'pt' | 'fr';

export const LANGUAGES: readonly Language[] = ['en', 'es', 'pt', 'fr'];

// Function words frequent in one language and rare in the others.
const FUNCTION_WORDS: Record<Language, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'said'],
  es: ['el', 'los', 'las', 'del', 'y', 'por', 'una', 'con', 'según', 'dijo', 'sus'],
  pt: ['os', 'da', 'dos', 'das', 'não', 'em', 'uma', 'com', 'segundo', 'disse', 'pelo', 'pela'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'selon', 'qui'],
};
const VOTES = new Map<string, Language>(
  LANGUAGES.flatMap((lang) => FUNCTION_WORDS[lang].map((w): [string, Language] => [w, lang])),
);
/** Tokens read: enough to decide, cheap on long texts. */
const SAMPLE_TOKENS = 400;

/** The article's language among the known ones, by function words; English when undecided. */
export function detectLanguage(tokens: Token[]): Language {
  const counts = new Map<Language, number>();
  for (const t of tokens.slice(0, SAMPLE_TOKENS)) {
    const lang = VOTES.get(t.key);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: Language = 'en';
  for (const [lang, n] of counts) if (n > (counts.get(best) ?? 0)) best = lang;
  return best;
}

/** A declared language ("pt-BR") when known, else the detected one. */
export function languageOf(tokens: Token[], declared?: string): Language {
  const primary = declared?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary) ?? detectLanguage(tokens);
}
