import { InputError } from '@backstage/errors';

/** The largest position a cursor can hold (PostgreSQL's integer and safe JS). */
const MAX_POSITION = Number.MAX_SAFE_INTEGER;

/** Cursors are base64url JSON, opaque to clients. */
function toCursor(content: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
}

/** What a cursor holds; undefined when it is not one of ours. */
function fromCursor(cursor: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    return parsed && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function invalidCursor(): InputError {
  return new InputError(
    'cursor is not valid: pass the nextCursor of the previous page unchanged',
  );
}

/**
 * Keyset cursors: the position after the last item of a page (a record
 * number, an event id), opaque to clients (base64url JSON of one key).
 */
export function encodeCursor(key: string, position: number): string {
  return toCursor({ [key]: position });
}

/**
 * Reads the position out of a cursor made by {@link encodeCursor} with the
 * same key; a 400 naming `cursor` when it is not one (garbage, another key,
 * or a position no page could end at).
 */
export function decodeCursor(cursor: string, key: string): number {
  const position = fromCursor(cursor)?.[key];
  if (
    typeof position !== 'number' ||
    !Number.isSafeInteger(position) ||
    position < 1 ||
    position > MAX_POSITION
  ) {
    throw invalidCursor();
  }
  return position;
}

/**
 * A cursor holding several keys (a keyset: the sort values of the last item
 * of a page), tagged with the sort it belongs to.
 */
export function encodeKeysetCursor(
  sort: string,
  keyset: Record<string, string | number>,
): string {
  return toCursor({ sort, ...keyset });
}

/**
 * Reads a cursor made by {@link encodeKeysetCursor} for the same sort: its
 * `number` (a record number) and its other keys as text; a 400 naming
 * `cursor` when it is not one.
 */
export function decodeKeysetCursor(
  cursor: string,
  sort: string,
  textKeys: readonly string[],
): { number: number } & Record<string, string | number> {
  const parsed = fromCursor(cursor);
  const number = parsed?.number;
  const valid =
    parsed?.sort === sort &&
    typeof number === 'number' &&
    Number.isSafeInteger(number) &&
    number >= 1 &&
    textKeys.every(
      key => typeof parsed?.[key] === 'string' && parsed[key] !== '',
    );
  if (!valid) {
    throw new InputError(
      `cursor is not valid for sort ${sort}: pass the nextCursor of the previous page unchanged, with the same sort`,
    );
  }
  return parsed as { number: number } & Record<string, string | number>;
}

/**
 * A cursor after a text position (an entity ref, for lists in ref order),
 * opaque to clients like {@link encodeCursor}'s.
 */
export function encodeTextCursor(key: string, position: string): string {
  return toCursor({ [key]: position });
}

/** Reads a {@link encodeTextCursor} cursor; a 400 naming `cursor` otherwise. */
export function decodeTextCursor(cursor: string, key: string): string {
  const position = fromCursor(cursor)?.[key];
  if (typeof position !== 'string' || !position) {
    throw invalidCursor();
  }
  return position;
}
