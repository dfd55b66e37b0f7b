/**
 * The standard's problem categories (§4.1).
 *
 * @public
 */
export const problemCategoryLabels = {
  hardware: 'Hardware',
  software: 'Software',
  network: 'Network',
  security: 'Security',
  configuration: 'Configuration error',
  other: 'Other (performance bottleneck, resource shortage)',
} as const;

/** @public */
export type ProblemCategory = keyof typeof problemCategoryLabels;

/**
 * Where a problem was identified (§4.1).
 *
 * @public
 */
export const problemSourceLabels = {
  incidents: 'Repeated or major incidents',
  monitoring: 'A monitoring alert',
  inspection: 'A routine inspection',
  proactive: 'Proactive detection (an incident trend)',
  manual: 'Logged by hand',
} as const;

/** @public */
export type ProblemSource = keyof typeof problemSourceLabels;

/**
 * The root cause of a problem (§4.2): a chain of up to five "why?"s with
 * the cause they end in, or a free-text analysis.
 *
 * @public
 */
export type RootCause =
  | { method: 'five_whys'; whys: string[]; cause: string }
  | { method: 'free_text'; text: string };

/**
 * A root cause as one line of words, for search and lists: the whys and
 * the cause they end in, or the free text; empty without one.
 *
 * @public
 */
export function rootCauseText(rootCause: RootCause | undefined): string {
  if (!rootCause) return '';
  if (rootCause.method === 'free_text') return rootCause.text ?? '';
  return [...(rootCause.whys ?? []), rootCause.cause ?? ''].join(' ');
}

/**
 * How a root cause was found.
 *
 * @public
 */
export const rootCauseMethodLabels: Record<RootCause['method'], string> = {
  five_whys: '5 whys',
  free_text: 'Free-text analysis',
};

/** The most whys a 5-whys chain has. */
export const MAX_WHYS = 5;

/**
 * What is wrong with a root cause, in words that name the field; undefined
 * when it is complete: a 5-whys chain needs one to five whys, none blank,
 * and the cause; a free-text one its text.
 *
 * @public
 */
export function checkRootCause(
  value: unknown,
  field = 'rootCause',
): string | undefined {
  const cause = value as Partial<RootCause> | undefined;
  if (!cause || typeof cause !== 'object') {
    return `${field} is required: a 5-whys chain or a free-text analysis`;
  }
  if (cause.method === 'five_whys') {
    const whys = (cause as { whys?: unknown }).whys;
    if (!Array.isArray(whys) || whys.length === 0 || whys.length > MAX_WHYS) {
      return `${field}.whys must hold 1 to ${MAX_WHYS} answers to "why?"`;
    }
    const blank = whys.findIndex(why => typeof why !== 'string' || !why.trim());
    if (blank >= 0) return `${field}.whys[${blank}] must not be blank`;
    const root = (cause as { cause?: unknown }).cause;
    if (typeof root !== 'string' || !root.trim()) {
      return `${field}.cause must say the cause the whys end in`;
    }
    return undefined;
  }
  if (cause.method === 'free_text') {
    const text = (cause as { text?: unknown }).text;
    return typeof text === 'string' && text.trim()
      ? undefined
      : `${field}.text must not be blank`;
  }
  return `${field}.method must be five_whys or free_text`;
}

/**
 * A problem with a root cause and a workaround is a known error: agents
 * working incidents on its entities are shown the workaround.
 *
 * @public
 */
export function isKnownError(fields: {
  rootCause?: unknown;
  workaround?: unknown;
}): boolean {
  return (
    checkRootCause(fields.rootCause) === undefined &&
    typeof fields.workaround === 'string' &&
    fields.workaround.trim() !== ''
  );
}
