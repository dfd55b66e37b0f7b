import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who a per-caller cache of catalog answers keys them by (`user:<ref>`,
 * `service:<subject>`): the catalog answers each caller as they may see
 * it, so what one read may not answer another. Undefined for a caller
 * with neither, whose answers are not kept.
 */
export function catalogCallerKey(
  credentials: BackstageCredentials,
): string | undefined {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return `user:${principal.userEntityRef}`;
  }
  if (principal.type === 'service' && principal.subject) {
    return `service:${principal.subject}`;
  }
  return undefined;
}
