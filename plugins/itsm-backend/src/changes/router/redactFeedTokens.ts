import { RequestHandler } from 'express';

/** A query parameter named `token` (or `token[...]`, as `qs` reads it). */
const TOKEN_NAME = /^token(\[|$)/;

function decodedName(rawName: string): string {
  try {
    return decodeURIComponent(rawName.replace(/\+/g, ' '));
  } catch {
    return rawName;
  }
}

/** `url` with the value of every `token` query parameter replaced. */
export function redactTokenParams(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) {
    return url;
  }
  const query = url
    .slice(start + 1)
    .split('&')
    .map(part => {
      const rawName = part.split('=', 1)[0];
      return TOKEN_NAME.test(decodedName(rawName))
        ? `${rawName}=redacted`
        : part;
    })
    .join('&');
  return `${url.slice(0, start)}?${query}`;
}

/**
 * Keeps calendar subscription tokens (`/calendar.ics?token=...`) out of the
 * logs: Backstage's request log prints `req.originalUrl` when the response
 * finishes, and its auditor records it, so the plugin rewrites it as the
 * request comes in. Only hashes of the tokens are stored, so they cannot
 * be handed to the logger's redactions after a restart. The route itself
 * reads the token from `req.query`, which Express parses from `req.url`.
 */
export const redactFeedTokens: RequestHandler = (req, _res, next) => {
  req.originalUrl = redactTokenParams(req.originalUrl);
  next();
};
