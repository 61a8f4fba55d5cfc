const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML and XML, in element content and in quoted attributes alike. */
export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** JSON for a script element: "<" is escaped so the data can never close the element. */
export function scriptJson(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function jsonLdScript(data: object): string {
  return `<script type="application/ld+json">${scriptJson(data)}</script>`;
}

/** First words of a text with a WordPress-style "[…]" tail, for feeds and meta descriptions. */
export function excerpt(text: string, maxWords = 30): string {
  const words = text.split(/\s+/);
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')} […]`;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Long human date in a locale, always in UTC so pages are identical on every machine. */
export function humanDate(iso: string, locale: string, withTime = false): string {
  const timeStyle = withTime ? 'short' : undefined;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle, timeZone: 'UTC' });
  return format.format(new Date(iso));
}
