/**
 * Escapes LIKE wildcards so a search for `50%` finds "50%" (use with
 * `ESCAPE '\'`).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, c => `\\${c}`);
}

/** A case-insensitive "contains" pattern for `LOWER(column) LIKE ?`. */
export function likePattern(words: string): string {
  return `%${escapeLike(words.toLowerCase())}%`;
}
