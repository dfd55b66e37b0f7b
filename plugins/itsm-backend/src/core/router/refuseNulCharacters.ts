import { InputError } from '@backstage/errors';
import { RequestHandler } from 'express';

const NUL = '\u0000';

/** The field as a message shows it, a NUL in a property name escaped. */
const shown = (field: string) => field.replaceAll(NUL, '\\u0000');

/** The first field (`plan[0].title`) whose value or name holds a NUL. */
function fieldWithNul(value: unknown, field: string): string | undefined {
  if (typeof value === 'string') {
    return value.includes(NUL) ? field : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = fieldWithNul(item, `${field}[${index}]`);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const at = field ? `${field}.${key}` : key;
      const found = key.includes(NUL) ? at : fieldWithNul(item, at);
      if (found !== undefined) {
        return found;
      }
    }
  }
  return undefined;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The path parameter (`id`) holding a NUL, else `path`. */
function pathFieldWithNul(req: Parameters<RequestHandler>[0]) {
  if (!decoded(req.path).includes(NUL)) {
    return undefined;
  }
  const params: Record<string, string> = (req as any).openapi?.pathParams ?? {};
  const named = Object.entries(params).find(([, value]) =>
    decoded(value).includes(NUL),
  );
  return named?.[0] ?? 'path';
}

/**
 * Refuses a request with a NUL character in any string of its body (nested
 * too, property names included), query or path: a 400 naming the field.
 * PostgreSQL cannot store NUL in text or jsonb and SQLite can, so without
 * this the same request is a 500 on one and stored on the other. The paths
 * in `except` are not checked (intake replaces NUL instead: a monitoring
 * system or a mail server cannot correct what it sends).
 */
export function refuseNulCharacters(options: {
  except: string[];
}): RequestHandler {
  return (req, _res, next) => {
    if (options.except.includes(req.path)) {
      next();
      return;
    }
    const field =
      pathFieldWithNul(req) ??
      fieldWithNul(req.query, '') ??
      fieldWithNul(req.body, '');
    if (field !== undefined) {
      throw new InputError(
        `${shown(field) || 'body'} must not contain a NUL character (\\u0000)`,
      );
    }
    next();
  };
}
