/**
 * Credentials a URL may carry, hidden before the URL is logged, stored in a note or error, or shown:
 * the user:password part, and the values of query parameters named like secrets (token, key, apikey,
 * access_token, signature, X-Amz-Credential, …). The URL that is fetched is never rewritten.
 */
export const REDACTED = 'REDACTED';

/** Words that make a query parameter a secret, matched against the whole name and its -, _ or . parts. */
const SECRET_WORDS = new Set([
  'token', 'key', 'apikey', 'secret', 'password', 'passwd', 'pwd', 'pass', 'signature', 'sig', 'auth', 'authorization',
  'credential', 'credentials', 'session', 'sessionid', 'jwt', 'hmac',
]);

const URLS_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i;

export function isSecretParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_WORDS.has(lower) || lower.split(/[-_.]/).some((part) => SECRET_WORDS.has(part));
}

/** The URL with its credentials replaced by REDACTED; unchanged (same string) when it carries none. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(USERINFO, `$1${REDACTED}@`);
  }
  const secrets = [...parsed.searchParams.keys()].filter(isSecretParameter);
  if (!parsed.username && !parsed.password && secrets.length === 0) return url;
  if (parsed.username || parsed.password) {
    parsed.username = REDACTED;
    parsed.password = '';
  }
  for (const name of new Set(secrets)) parsed.searchParams.set(name, REDACTED);
  return parsed.href;
}

/** Free text (an error message, a note) with every http(s) URL in it redacted. */
export function redactUrlsIn(text: string): string {
  return text.replace(URLS_IN_TEXT, (match) => {
    // Punctuation after a URL ends the sentence, not the URL ("… https://host/feed?key=k: gave up").
    const url = match.replace(TRAILING_PUNCTUATION, '');
    return redactUrl(url) + match.slice(url.length);
  });
}
