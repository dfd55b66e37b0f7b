/** What a NUL character in an alert or a mail becomes. */
export const NUL_REPLACEMENT = '\uFFFD';

/**
 * The value with every NUL character in its strings (nested, property
 * names included) replaced by U+FFFD, the replacement character, so text
 * PostgreSQL cannot store is kept and shows where something was. Intake
 * cannot refuse it as the API does: Alertmanager would resend the alert
 * for ever, and a mail server cannot correct a mail.
 */
export function replaceNulCharacters<T>(value: T): T {
  if (typeof value === 'string') {
    return value.replaceAll('\u0000', NUL_REPLACEMENT) as T;
  }
  if (Array.isArray(value)) {
    return value.map(replaceNulCharacters) as T;
  }
  if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        replaceNulCharacters(key),
        replaceNulCharacters(item),
      ]),
    ) as T;
  }
  return value;
}
