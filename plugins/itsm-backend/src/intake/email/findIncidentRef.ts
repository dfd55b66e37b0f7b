import { formatRecordRef } from '@backstage-itsm/plugin-itsm-common';

/**
 * The incident a subject refers to, e.g. `Re: [INC-42] Checkout down` gives
 * `INC-42` (the first one, in any letter case); undefined when none.
 */
export function findIncidentRef(subject: string): string | undefined {
  const match = /(?:^|[^A-Za-z0-9])INC-(\d{1,15})(?![0-9])/i.exec(subject);
  const number = match ? Number(match[1]) : 0;
  return number > 0 ? formatRecordRef('incident', number) : undefined;
}
