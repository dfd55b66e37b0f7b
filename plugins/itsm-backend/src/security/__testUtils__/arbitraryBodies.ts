import fc from 'fast-check';
import { Schema } from './contractOperations';

/** Strings that have broken backends: NUL, lone surrogates, injections. */
const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202e\u0301',
  '😀'.repeat(5),
  "'; DROP TABLE itsm_records; --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'INC-1',
  'user:default/sam.agent',
  'group:default/service-desk',
  'component:default/checkout-service',
  '2026-02-30T25:00:00Z',
  '__proto__',
  'constructor',
);

/** Long strings, past every field's limit and past the body limit. */
const longStrings = fc
  .constantFrom(2_001, 10_001, 65_537, 150_000)
  .map(n => 'x'.repeat(n));

export const strings = fc.oneof(
  { weight: 3, arbitrary: nastyStrings },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: longStrings },
);

export const numbers = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32,
    2 ** 53,
    -(2 ** 53),
    1e308,
    -1e308,
    0.5,
    5e-324,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** An array nested `depth` deep: `[[[...]]]`. */
const nested = (depth: number): unknown => {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const deep = fc.constantFrom(20, 200, 2_000).map(nested);

/** Any JSON value of the wrong shape for the place it is put. */
export const wrongValues: fc.Arbitrary<unknown> = fc.oneof(
  strings,
  numbers,
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
  deep,
);

/** Properties the schema does not declare. */
const extraProperties = fc.dictionary(
  fc.oneof(nastyStrings, fc.constantFrom('isAdmin', 'id', 'createdBy')),
  fc.jsonValue({ maxDepth: 1 }),
  { minKeys: 1, maxKeys: 2 },
);

const typeOf = (s: Schema): string | undefined => {
  if (Array.isArray(s.type)) return s.type.find(t => t !== 'null');
  if (s.type) return s.type;
  if (s.properties) return 'object';
  return undefined;
};

/**
 * A value for a place with the given schema, loosely shaped on it: mostly
 * of the right type with arbitrary content (enum members, nasty or long
 * strings, huge or negative numbers), sometimes of another type entirely.
 */
export function valueFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const variants = [schema, ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  const shaped = variants.flatMap((s): fc.Arbitrary<unknown>[] => {
    if (s.enum) return [fc.constantFrom(...s.enum), strings];
    switch (typeOf(s)) {
      case 'string':
        return [strings];
      case 'integer':
      case 'number':
        return [numbers];
      case 'boolean':
        return [fc.boolean()];
      case 'array':
        return depth > 3
          ? [fc.constant([])]
          : [
              fc.array(valueFor(s.items ?? {}, depth + 1), { maxLength: 3 }),
              fc
                .constantFrom(101, 1_001)
                .map(n => Array.from({ length: n }, () => 'x')),
            ];
      case 'object':
        return depth > 3 ? [fc.constant({})] : [objectFor(s, depth + 1)];
      default:
        return [];
    }
  });
  return shaped.length
    ? fc.oneof(
        { weight: 4, arbitrary: fc.oneof(...shaped) },
        { weight: 1, arbitrary: wrongValues },
      )
    : wrongValues;
}

/** An object with some of the schema's properties, and sometimes others. */
export function objectFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const props = Object.assign(
    {},
    schema.properties,
    ...(schema.allOf ?? []).map(s => s.properties ?? {}),
    ...(schema.oneOf ?? []).map(s => s.properties ?? {}),
  ) as Record<string, Schema>;
  const known = fc.record(
    Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, valueFor(v, depth)]),
    ),
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 5, arbitrary: known },
    {
      weight: 1,
      arbitrary: fc
        .tuple(known, extraProperties)
        .map(([a, b]) => ({ ...(b as object), ...(a as object) })),
    },
  );
}

/** A value that passes for the property: so the body reaches the store. */
function plausible(name: string, s: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  const variant = s.oneOf?.[0] ?? s.anyOf?.[0];
  if (variant && !s.type) return plausible(name, variant, depth);
  if (/entityRef/i.test(name)) {
    return fc.constant('component:default/checkout-service');
  }
  if (/group|owner/i.test(name)) {
    return fc.constant('group:default/platform-team');
  }
  if (/assignee/i.test(name)) return fc.constant('user:default/sam.agent');
  switch (typeOf(s)) {
    case 'string':
      if (s.format === 'date-time') {
        return fc.constant('2026-12-08T20:00:00Z');
      }
      return fc.constantFrom('Checkout fails', 'x');
    case 'integer':
    case 'number':
      return fc.integer({ min: s.minimum ?? 0, max: 3 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : plausible(name, s.items ?? {}, depth + 1).map(v => [v]);
    case 'object':
      return depth > 3 ? fc.constant({}) : plausibleObject(s, depth + 1);
    default:
      return fc.constant('x');
  }
}

function plausibleObject(s: Schema, depth = 0) {
  const props = s.properties ?? {};
  return fc.record(
    Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, plausible(k, v, depth)]),
    ),
    { requiredKeys: (s.required ?? []).filter(k => k in props) },
  );
}

/**
 * A plausible body with one property set to a loose value: so most
 * requests get past the validator to the services and the database.
 */
function oneWildProperty(schema: Schema) {
  const keys = Object.keys(schema.properties ?? {});
  if (!keys.length) return objectFor(schema);
  return fc
    .constantFrom(...keys)
    .chain(key =>
      fc
        .tuple(plausibleObject(schema), valueFor(schema.properties![key]))
        .map(([base, wild]) => ({ ...(base as object), [key]: wild })),
    );
}

/**
 * A request body for the schema: mostly a plausible one with one wild
 * property, else an object loosely shaped on the schema, sometimes not an
 * object at all.
 */
export const bodyFor = (schema: Schema) =>
  fc.oneof(
    { weight: 6, arbitrary: oneWildProperty(schema) },
    { weight: 3, arbitrary: objectFor(schema) },
    { weight: 1, arbitrary: wrongValues },
  );

/** Every property name in the schema, nested ones included. */
export function propertyNames(schema: Schema, depth = 0): string[] {
  if (depth > 8) return [];
  const subs = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
    ...(schema.allOf ?? []),
  ];
  return [
    ...Object.keys(schema.properties ?? {}),
    ...subs.flatMap(s => propertyNames(s, depth + 1)),
  ];
}
