import iconv from 'iconv-lite';

// html-encoding-sniffer (jsdom's implementation of the HTML spec's sniffing algorithm) ships no types.
const sniffHtmlEncoding = require('html-encoding-sniffer') as (
  bytes: Uint8Array,
  options: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
) => string;

const UNDECLARED = 'undeclared';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "UTF-8", "windows-1252". */
  charset: string;
}

/** The charset parameter of a Content-Type header, if any. */
export function declaredCharset(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1];
}

/**
 * Decodes an HTML page as a browser would: byte-order mark, then the Content-Type charset, then a
 * `<meta charset>` / `http-equiv` in the first 1024 bytes. With none of them, valid UTF-8 is taken as
 * UTF-8 and anything else as windows-1252 (which browsers also use for undeclared Latin-1).
 */
export function decodeHtml(bytes: Uint8Array, contentType: string): DecodedText {
  const sniffed = sniffHtmlEncoding(bytes, { transportLayerEncodingLabel: declaredCharset(contentType), defaultEncoding: UNDECLARED });
  return sniffed === UNDECLARED ? decodeUndeclared(bytes) : decodeAs(bytes, sniffed);
}

/** Decodes an XML document (a feed): byte-order mark, Content-Type charset, then the XML declaration's encoding. */
export function decodeXml(bytes: Uint8Array, contentType: string): DecodedText {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const declared = declaredCharset(contentType) ?? /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  // Without a BOM the sniffer takes the declared label; an XML declaration needs no <meta> prescan.
  const sniffed = sniffHtmlEncoding(bytes.subarray(0, 3), { transportLayerEncodingLabel: declared, defaultEncoding: UNDECLARED });
  return sniffed === UNDECLARED ? decodeUndeclared(bytes) : decodeAs(bytes, sniffed);
}

function decodeUndeclared(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'UTF-8' };
  } catch {
    return decodeAs(bytes, 'windows-1252');
  }
}

/** iconv-lite, not TextDecoder: Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 (no curly quotes, no €). */
function decodeAs(bytes: Uint8Array, charset: string): DecodedText {
  if (charset === 'UTF-8') return { text: new TextDecoder('utf-8').decode(bytes), charset };
  if (!iconv.encodingExists(charset)) return decodeUndeclared(bytes);
  return { text: iconv.decode(Buffer.from(bytes), charset), charset };
}
