/** Readability.js as Node projects use it: jsdom parses the page, Readability extracts from the DOM. */
import type { Extractor } from './extract-measure';

/** Loaded on demand so that jsdom's own memory stays out of the RSS measured for our extractor. */
export async function loadReadability(): Promise<Extractor> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  // A silent console: jsdom would otherwise print every stylesheet it cannot parse.
  const virtualConsole = new VirtualConsole();
  return (html, url) => {
    const dom = new JSDOM(html, { url, virtualConsole });
    try {
      const article = new Readability(dom.window.document).parse();
      return { articleBody: article?.textContent ?? '', title: article?.title ?? '' };
    } finally {
      dom.window.close(); // frees the window's timers and listeners, as a long-running service must
    }
  };
}
