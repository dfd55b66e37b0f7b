import { InputError } from '@backstage/errors';

/**
 * Keyset cursors: the position after the last item of a page, opaque to
 * clients (base64url JSON of one key).
 */
export function encodeCursor(key: string, value: string | number): string {
  return Buffer.from(JSON.stringify({ [key]: value }), 'utf8').toString(
    'base64url',
  );
}

/**
 * Reads the position out of a cursor made by {@link encodeCursor} with the
 * same key; a 400 naming `cursor` when it is not one.
 */
export function decodeCursor<T extends string | number>(
  cursor: string,
  key: string,
  kind: T extends number ? 'number' : 'string',
): T {
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))?.[
      key
    ];
  } catch {
    position = undefined;
  }
  if (typeof position !== kind) {
    throw new InputError(
      'cursor is not valid: pass the nextCursor of the previous page unchanged',
    );
  }
  return position as T;
}
