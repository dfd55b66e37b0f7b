import { InputError } from '@backstage/errors';

/** The text, trimmed; a 400 naming the field when it is missing or blank. */
export function requiredText(value: string | undefined, field: string): string {
  const text = value?.trim();
  if (!text) throw new InputError(`${field} is required`);
  return text;
}

/** The value when it is one of the labels' keys; a 400 listing them otherwise. */
export function oneOf<T extends string>(
  value: string | undefined,
  labels: Record<T, string>,
  field: string,
): T {
  const keys = Object.keys(labels);
  if (value === undefined || !keys.includes(value)) {
    throw new InputError(
      `${field} must be one of ${keys.join(', ')}${
        value === undefined ? '' : `, not '${value}'`
      }`,
    );
  }
  return value as T;
}
