import { getDomain } from 'tldts';
import {
  AuthResult,
  parseAuthenticationResults,
} from './parseAuthenticationResults';

/** How a sender was authenticated, or that it was not. */
export type SenderVerification =
  | { verified: true; by: 'dmarc' | 'spf' | 'dkim' }
  | { verified: false };

/** The domain of an address or a bare domain, in lower case. */
function domainOf(value: string | undefined): string | undefined {
  const domain = value?.slice(value.lastIndexOf('@') + 1).toLowerCase();
  return domain ? domain.replace(/\.$/, '') : undefined;
}

/**
 * Relaxed alignment (RFC 7489 §3.1): both domains have the same
 * organisational domain (the registrable domain of the public suffix
 * list), or, where there is none (`localhost`), are the same.
 */
export function aligned(domain: string | undefined, fromDomain: string) {
  if (!domain) return false;
  const org = getDomain(domain);
  return org ? org === getDomain(fromDomain) : domain === fromDomain;
}

/** Whether a result passes for the From domain, aligned with it. */
function passes(result: AuthResult, fromDomain: string): boolean {
  if (result.result !== 'pass') return false;
  const p = result.properties;
  switch (result.method) {
    case 'dmarc':
      return p['header.from'] === undefined
        ? true
        : domainOf(p['header.from']) === fromDomain;
    case 'spf':
      return aligned(domainOf(p['smtp.mailfrom']), fromDomain);
    case 'dkim':
      return aligned(domainOf(p['header.d'] ?? p['header.i']), fromDomain);
    default:
      return false;
  }
}

/**
 * Whether the receiving mail server authenticated the sender of a message:
 * only Authentication-Results headers whose authserv-id is trusted count,
 * and of those only the topmost per server (the one it added; one lower
 * down bearing its name came with the message, RFC 8601 §5). The sender is
 * verified by `dmarc=pass`, or by `spf=pass` or `dkim=pass` for a domain
 * aligned with the From domain.
 */
export function verifySender(options: {
  /** The Authentication-Results values, top first. */
  headers: string[];
  fromAddress: string;
  trustedAuthServIds: string[];
}): SenderVerification {
  const fromDomain = domainOf(options.fromAddress);
  const trusted = new Set(
    options.trustedAuthServIds.map(id => id.toLowerCase()),
  );
  const seen = new Set<string>();
  for (const header of options.headers) {
    const parsed = parseAuthenticationResults(header);
    if (!parsed || !trusted.has(parsed.authServId)) continue;
    if (seen.has(parsed.authServId)) continue;
    seen.add(parsed.authServId);
    for (const method of ['dmarc', 'spf', 'dkim'] as const) {
      const pass = parsed.results.some(
        r => r.method === method && fromDomain && passes(r, fromDomain),
      );
      if (pass) return { verified: true, by: method };
    }
  }
  return { verified: false };
}
