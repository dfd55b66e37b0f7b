import { spec } from '../../schema/openapi.generated';

/** One operation of the OpenAPI contract. */
export type ContractOperation = {
  operationId: string;
  method: string;
  /** The path with `{id}` where the record goes. */
  path: string;
  /** The JSON body's schema, references resolved; absent without one. */
  body?: Schema;
  /** The body's media type. */
  mediaType?: string;
};

export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  maxLength?: number;
  maximum?: number;
  minimum?: number;
  maxItems?: number;
  format?: string;
  $ref?: string;
  additionalProperties?: boolean | Schema;
};

/**
 * The schema a JSON pointer into the contract (`#/components/...`) names,
 * following references to references.
 */
const pointee = (ref: string): Schema => {
  const s: Schema = ref
    .slice(2)
    .split('/')
    .reduce((node: any, key) => node[key.replace(/~1/g, '/')], spec);
  return s.$ref ? pointee(s.$ref) : s;
};

/** The schema with its references resolved (recursive schemas are cut). */
export function resolve(schema: Schema, depth = 0): Schema {
  if (depth > 8) return {};
  const s = schema.$ref ? pointee(schema.$ref) : schema;
  const out: Schema = { ...s };
  delete out.$ref;
  if (s.properties) {
    out.properties = Object.fromEntries(
      Object.entries(s.properties).map(([k, v]) => [k, resolve(v, depth + 1)]),
    );
  }
  if (s.items) out.items = resolve(s.items, depth + 1);
  for (const k of ['oneOf', 'anyOf', 'allOf'] as const) {
    if (s[k]) out[k] = s[k]!.map(v => resolve(v, depth + 1));
  }
  return out;
}

/** Every operation the contract declares. */
export const contractOperations: ContractOperation[] = Object.entries(
  (spec as any).paths as Record<string, Record<string, any>>,
).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) =>
      ['get', 'post', 'put', 'patch', 'delete'].includes(method),
    )
    .map(([method, op]) => {
      const content = op.requestBody?.content ?? {};
      const mediaType = Object.keys(content)[0];
      return {
        operationId: op.operationId as string,
        method,
        path,
        ...(mediaType && {
          mediaType,
          body: resolve(content[mediaType].schema),
        }),
      };
    }),
);
