import { Config } from '@backstage/config';
import { isPriority, Priority } from '@backstage-itsm/plugin-itsm-common';

/** How inbound mail becomes incidents, from `itsm.email`. */
export type EmailIntakeSettings = {
  /** The priority of an incident opened by mail, until an agent grades it. */
  defaultPriority: Priority;
  /**
   * The authserv-ids of the receiving mail servers whose
   * Authentication-Results headers say who sent a message; none by
   * default, so no sender is verified.
   */
  trustedAuthServIds: string[];
};

/**
 * Reads `itsm.email.defaultPriority` (default P3) and
 * `itsm.email.trustedAuthServIds` (default none).
 */
export function readEmailIntakeSettings(config: Config): EmailIntakeSettings {
  const value = config.getOptionalString('itsm.email.defaultPriority') ?? 'P3';
  if (!isPriority(value)) {
    throw new Error(
      `itsm.email.defaultPriority must be one of P1, P2, P3, P4, not "${value}"`,
    );
  }
  const trustedAuthServIds = (
    config.getOptionalStringArray('itsm.email.trustedAuthServIds') ?? []
  ).map(id => id.trim().toLowerCase());
  if (trustedAuthServIds.some(id => !id || /[\s;]/.test(id))) {
    throw new Error(
      'itsm.email.trustedAuthServIds must list the authserv-ids of your receiving mail servers, e.g. mx.example.com: no blanks, spaces or semicolons',
    );
  }
  return { defaultPriority: value, trustedAuthServIds };
}
