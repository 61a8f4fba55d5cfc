/** Absolute http(s) URL of `href` relative to `base`; undefined for mailto:, javascript:, garbage. */
export function resolveHttpUrl(href: string | undefined, base: string): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Lower-case host (with a non-default port: another port is another site) without a leading "www.", so www.example.com and example.com count as one site. */
export function siteHost(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase().replace(/^www\d*\./, '');
  } catch {
    return undefined;
  }
}
