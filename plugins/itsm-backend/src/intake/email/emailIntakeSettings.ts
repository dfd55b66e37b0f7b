import { Config } from '@backstage/config';
import { isPriority, Priority } from '@backstage-itsm/plugin-itsm-common';

/** How inbound mail becomes incidents, from `itsm.email`. */
export type EmailIntakeSettings = {
  /** The priority of an incident opened by mail, until an agent grades it. */
  defaultPriority: Priority;
};

/** Reads `itsm.email.defaultPriority` (default P3). */
export function readEmailIntakeSettings(config: Config): EmailIntakeSettings {
  const value = config.getOptionalString('itsm.email.defaultPriority') ?? 'P3';
  if (!isPriority(value)) {
    throw new Error(
      `itsm.email.defaultPriority must be one of P1, P2, P3, P4, not "${value}"`,
    );
  }
  return { defaultPriority: value };
}
