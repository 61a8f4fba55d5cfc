/**
 * The labels aggregators put on (or right before) the link to the original article, in EN/ES/PT/FR:
 * one list for the crawler's source-link detection (`@newsflow/feed`) and the cleaner's attribution
 * filter, so a phrasing the crawler follows is never left in the text.
 */
export const SOURCE_PHRASES = [
  'source link', 'read more at', 'originally published (?:at|on|in)', 'read the original(?: article| post)?',
  'enlace de origen', 'enlace a la fuente', 'enlace original', 'fuente original', 'leer más en',
  'publicad[oa] originalmente en', 'artículo original', 'ver (?:el )?artículo original',
  'link da fonte', 'link original', 'fonte original', 'leia mais em', 'publicad[oa] originalmente em', 'matéria original',
  'lien source', 'lien d[\'’]origine', 'lire la suite sur', 'lien vers la source', 'article original',
  'publiée? (?:à l[\'’]origine|initialement|originalement) sur',
];

/** Single words such as "Source": too common in prose to count without a colon beside them. */
export const SOURCE_WORDS = ['source', 'fuente', 'fonte', 'origen', 'via'];

// "This article was …", "Este artículo fue …", "Este artigo foi …", "Cet article a été …" before a phrase.
const ATTRIBUTION_SUBJECT =
  '(?:(?:this|the) (?:article|story|post|piece) (?:was )?|(?:este|el) (?:artículo|texto) (?:fue |ha sido )?|' +
  '(?:este|o) (?:artigo|texto) (?:foi )?|(?:esta|a) matéria (?:foi )?|cet article (?:a été )?)';
// A phrase-led line runs to a sentence or two ("… at The Origin. Read the original article.").
const MAX_PHRASE_LINE = 200;
// After "Source:" comes a name ("Fonte: Agência Brasil"); a longer remainder is a sentence citing a source.
const MAX_SOURCE_NAME_WORDS = 8;

const PHRASE_LINE = new RegExp(`^${ATTRIBUTION_SUBJECT}?(?:${SOURCE_PHRASES.join('|')})(?![\\p{L}])`, 'iu');
const WORD_LINE = new RegExp(`^(?:${SOURCE_WORDS.join('|')})\\s*(?:[:：»›→-]\\s*(.*))?$`, 'iu');

/**
 * Whether a line of text only attributes the article to its source: "Source link", "Fonte: G1",
 * "Source : AFP", "This article was originally published at example.com.", "Publié initialement sur …".
 */
export function isSourceLine(line: string): boolean {
  if (line.length <= MAX_PHRASE_LINE && PHRASE_LINE.test(line)) return true;
  const named = WORD_LINE.exec(line);
  return !!named && (named[1] ?? '').split(/\s+/).length <= MAX_SOURCE_NAME_WORDS;
}
