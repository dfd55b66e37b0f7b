import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who made a change, for the timeline: the user's entity ref, or
 * `service:<subject>` for a service principal.
 */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  if (principal.type === 'service' && principal.subject) {
    return `service:${principal.subject}`;
  }
  return 'unknown';
}
