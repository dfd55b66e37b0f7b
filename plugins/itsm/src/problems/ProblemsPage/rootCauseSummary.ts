/** The longest summary, in characters. */
const MAX_LENGTH = 240;

/**
 * A root cause in a line or two: the cause a 5-whys chain ends in, or the
 * start of a free-text analysis; '' without one.
 */
export function rootCauseSummary(
  rootCause:
    | { method: string; whys?: string[]; cause?: string; text?: string }
    | undefined,
  maxLength = MAX_LENGTH,
): string {
  if (!rootCause) return '';
  const text = (
    (rootCause.method === 'five_whys' ? rootCause.cause : rootCause.text) ?? ''
  )
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
