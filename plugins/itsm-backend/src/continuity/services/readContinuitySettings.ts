import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** How continuity is run, from `itsm.continuity`. */
export type ContinuitySettings = {
  /**
   * The group whose members manage continuity and approve plans beside
   * their owners (`itsm.continuity.managersGroup`); without it no plan can
   * be submitted.
   */
  managersGroup?: string;
};

/** Reads `itsm.continuity`; a bad group ref fails the start, naming the key. */
export function readContinuitySettings(config: Config): ContinuitySettings {
  const ref = config
    .getOptionalString('itsm.continuity.managersGroup')
    ?.trim()
    .toLocaleLowerCase('en-US');
  if (ref === undefined) return {};
  if (!/^group:[^/:\s]+\/[^/:\s]+$/.test(ref)) {
    throw new InputError(
      `itsm.continuity.managersGroup must be a group entity ref like group:default/continuity-managers, not '${ref}'`,
    );
  }
  return { managersGroup: ref };
}
