// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient types must reach every program compiling this file (apps include only their own src)
/// <reference path="../types/eld-small.d.ts" />
interface Detector {
  eld: (typeof import('eld/small'))['eld'];
  languages: Set<string>;
}

// Detection settles within a few sentences: on the 901 pages of both extraction dev sets, 200
// characters give the language 2000 do on every page (100 differ on 2). Longer samples only cost time.
const SAMPLE_CHARS = 600;
let detector: Detector | undefined;

/**
 * eld builds its n-gram tables (about 60 MB of heap) when loaded, so it is loaded on first use:
 * services that import this library only for its HTML helpers (the crawler) never pay for it.
 */
function languageDetector(): Detector {
  if (!detector) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred load; import() would make detection async
    const { eld } = require('eld/small') as typeof import('eld/small');
    detector = { eld, languages: new Set(Object.values(eld.info().Languages)) };
  }
  return detector;
}

/** The language of a text by its character n-grams (ISO 639-1), when the detector is confident. */
export function detectLanguage(text: string): string | undefined {
  const result = languageDetector().eld.detect(text.slice(0, SAMPLE_CHARS));
  return result.language && result.isReliable() ? result.language : undefined;
}

/**
 * The article's language: the markup's tag (it can carry a region) unless the text reliably reads
 * as another language, as when a theme hard-codes lang="en" on every page of a German site. A
 * language the detector does not know (Indonesian reads to it as Malay) is never overruled.
 */
export function articleLanguage(declared: string | undefined, text: string): string | undefined {
  const detected = text ? detectLanguage(text) : undefined;
  if (!declared || !detected) return declared ?? detected;
  const primary = declared.split('-')[0].toLowerCase();
  return primary === detected || !languageDetector().languages.has(primary) ? declared : detected;
}
