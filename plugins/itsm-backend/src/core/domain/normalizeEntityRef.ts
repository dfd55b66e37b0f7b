import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * The one spelling of an entity ref the plugin stores and compares:
 * `kind:namespace/name` with the default namespace filled in, in lower case
 * (the catalog compares refs case-insensitively, so must we). A 400 naming
 * `field` when the text is not an entity ref. With `defaultKind`, a ref may
 * leave its kind out (`cab` for `group:default/cab`).
 */
export function normalizeEntityRef(
  ref: string,
  field: string,
  defaultKind?: string,
): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind }),
    ).toLocaleLowerCase('en-US');
  } catch {
    throw new InputError(
      `${field} '${ref}' is not an entity ref; write it as kind:namespace/name, e.g. component:default/payments`,
    );
  }
}
