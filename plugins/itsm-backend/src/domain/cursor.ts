import { InputError } from '@backstage/errors';

/** The largest position a cursor can hold (PostgreSQL's integer and safe JS). */
const MAX_POSITION = Number.MAX_SAFE_INTEGER;

/**
 * Keyset cursors: the position after the last item of a page (a record
 * number, an event id), opaque to clients (base64url JSON of one key).
 */
export function encodeCursor(key: string, position: number): string {
  return Buffer.from(JSON.stringify({ [key]: position }), 'utf8').toString(
    'base64url',
  );
}

/**
 * Reads the position out of a cursor made by {@link encodeCursor} with the
 * same key; a 400 naming `cursor` when it is not one (garbage, another key,
 * or a position no page could end at).
 */
export function decodeCursor(cursor: string, key: string): number {
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))?.[
      key
    ];
  } catch {
    position = undefined;
  }
  if (
    typeof position !== 'number' ||
    !Number.isSafeInteger(position) ||
    position < 1 ||
    position > MAX_POSITION
  ) {
    throw new InputError(
      'cursor is not valid: pass the nextCursor of the previous page unchanged',
    );
  }
  return position;
}
