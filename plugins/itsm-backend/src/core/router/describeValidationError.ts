import { Request } from 'express';
import { closestName } from './closestName';

/** The parts of a JSON schema that say which properties an object has. */
type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

/** What express-openapi-validator says about a request it refuses. */
export type ValidationError = {
  message: string;
  errors?: Array<{ path: string; message: string; errorCode?: string }>;
};

const UNKNOWN_PROPERTY = 'additionalProperties.openapi.validation';

/** A schema with its `$ref` followed and its `allOf`/`oneOf`/`anyOf` spread. */
function alternatives(schema: Schema | undefined, spec: object): Schema[] {
  if (!schema) {
    return [];
  }
  if (schema.$ref) {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<any>((node, key) => node?.[key], spec);
    return alternatives(target, spec);
  }
  return [
    schema,
    ...[
      ...(schema.allOf ?? []),
      ...(schema.oneOf ?? []),
      ...(schema.anyOf ?? []),
    ].flatMap(s => alternatives(s, spec)),
  ];
}

/** The property names the schema knows at `segments` (a JSON pointer). */
function propertiesAt(
  schema: Schema | undefined,
  segments: string[],
  spec: object,
): string[] {
  const [segment, ...rest] = segments;
  return alternatives(schema, spec).flatMap(s => {
    if (segment === undefined) {
      return Object.keys(s.properties ?? {});
    }
    const child =
      s.properties?.[segment] ??
      (/^\d+$/.test(segment) ? s.items : undefined) ??
      (typeof s.additionalProperties === 'object'
        ? s.additionalProperties
        : undefined);
    return child ? propertiesAt(child, rest, spec) : [];
  });
}

/** The JSON body schema of the operation the validator matched. */
function bodySchema(req: Request): Schema | undefined {
  const operation = (req as any).openapi?.schema;
  return operation?.requestBody?.content?.['application/json']?.schema;
}

/**
 * The message of a refused request, with every unknown property named (and
 * the known one it is most likely a typo of): "request/body has an unknown
 * property 'urgnecy'; did you mean 'urgency'?" instead of ajv's "request/body
 * must NOT have additional properties". Other messages are ajv's, which
 * name the field already.
 */
export function describeValidationError(
  error: ValidationError,
  req: Request,
  spec: object,
): string {
  let message = error.message;
  for (const item of error.errors ?? []) {
    if (item.errorCode !== UNKNOWN_PROPERTY) {
      continue;
    }
    // The validator drops an empty property name from the path: "" is the
    // only name that leaves it empty, and only a body has property names.
    const segments = item.path ? item.path.split('/').slice(1) : ['body', ''];
    const name = segments.pop() ?? '';
    const where = `request/${segments.join('/')}`;
    const known =
      segments[0] === 'body'
        ? propertiesAt(bodySchema(req), segments.slice(1), spec)
        : [];
    const typoOf = closestName(name, known);
    const described = `${where} has an unknown property '${name}'${
      typoOf ? `; did you mean '${typoOf}'?` : ''
    }`;
    const ajvText = `${where} must NOT have additional properties`;
    message = message.includes(ajvText)
      ? message.replace(ajvText, described)
      : `${message}: ${described}`;
  }
  // The validator may stop at another error first (a required property a
  // typo left out, under a condition): the unknown properties of the body
  // are its likely cause, so they are named first.
  const unknown = unknownBodyProperties(req, spec).filter(
    name => !message.includes(`'${name}'`),
  );
  if (unknown.length > 0) {
    const known = propertiesAt(bodySchema(req), [], spec);
    const named = unknown.map(name => {
      const typoOf = closestName(name, known);
      return `request/body has an unknown property '${name}'${
        typoOf ? `; did you mean '${typoOf}'?` : ''
      }`;
    });
    message = `${named.join('; ')} (${message})`;
  }
  return message;
}

/** The top-level properties of a JSON body that its schema does not know. */
function unknownBodyProperties(req: Request, spec: object): string[] {
  const body = req.body as unknown;
  const schemas = alternatives(bodySchema(req), spec);
  if (
    !body ||
    typeof body !== 'object' ||
    Array.isArray(body) ||
    schemas.length === 0 ||
    schemas.some(sch => sch.additionalProperties !== false && !sch.properties)
  ) {
    return [];
  }
  const known = new Set(propertiesAt(bodySchema(req), [], spec));
  return Object.keys(body).filter(name => !known.has(name));
}
