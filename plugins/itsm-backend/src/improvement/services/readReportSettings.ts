import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';

/** How the monthly reports are written and announced, from `itsm.improvement.reports`. */
export type ReportSettings = {
  /** The users and groups told of each new report. */
  recipients: string[];
  /** How often the scheduled run looks for last month's reports to write. */
  frequency: HumanDuration;
};

/**
 * The report settings: `recipients` (user and group refs, default none)
 * and `frequency` (default 6 hours). A bad value stops the plugin at start
 * with the setting's name.
 */
export function readReportSettings(config: Config): ReportSettings {
  const reports = config.getOptionalConfig('itsm.improvement.reports');
  const recipients = (reports?.getOptionalStringArray('recipients') ?? []).map(
    (ref, i) => {
      const normalised = normalizeEntityRef(
        ref,
        `itsm.improvement.reports.recipients[${i}]`,
        'group',
      );
      if (!/^(user|group):/.test(normalised)) {
        throw new Error(
          `itsm.improvement.reports.recipients[${i}] must be a user or a group, not '${ref}'`,
        );
      }
      return normalised;
    },
  );
  return {
    recipients,
    frequency: reports?.has('frequency')
      ? readDurationFromConfig(reports, { key: 'frequency' })
      : { hours: 6 },
  };
}
