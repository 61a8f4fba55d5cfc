/** Position after the last article of a page, in the archive's order (articleDate desc, articleId desc). */
export interface PagePosition {
  articleDate: Date;
  articleId: string;
}

export class InvalidCursorError extends Error {}

/** Opaque to clients: base64url of `[ISO date, articleId]`. */
export function encodeCursor({ articleDate, articleId }: PagePosition): string {
  return Buffer.from(JSON.stringify([articleDate.toISOString(), articleId])).toString('base64url');
}

export function decodeCursor(cursor: string): PagePosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not one this API returned');
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || typeof decoded[0] !== 'string' || typeof decoded[1] !== 'string') {
    throw new InvalidCursorError('cursor is not one this API returned');
  }
  const articleDate = new Date(decoded[0]);
  if (Number.isNaN(articleDate.getTime())) throw new InvalidCursorError('cursor holds no valid date');
  return { articleDate, articleId: decoded[1] };
}
