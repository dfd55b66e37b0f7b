/** Labels an alert must carry, all of them, with these values. */
export type AlertSelector = Record<string, string>;

/**
 * Reads a selector as written in an entity's `itsm/alert-selector`
 * annotation: `name=value` pairs separated by commas, e.g.
 * `service=checkout,env=prod` (values may be quoted). Undefined when the
 * text is not a selector, so a malformed annotation matches nothing.
 */
export function parseAlertSelector(text: string): AlertSelector | undefined {
  const selector: AlertSelector = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(part);
    if (!match) {
      return undefined;
    }
    const [, name, raw] = match;
    const quoted = /^"(.*)"$/.exec(raw) ?? /^'(.*)'$/.exec(raw);
    selector[name] = quoted ? quoted[1] : raw;
  }
  return Object.keys(selector).length > 0 ? selector : undefined;
}

/** Whether the labels carry every label of the selector, with its value. */
export function matchesAlertSelector(
  selector: AlertSelector,
  labels: Record<string, string>,
): boolean {
  return Object.entries(selector).every(
    ([name, value]) => labels[name] === value,
  );
}
