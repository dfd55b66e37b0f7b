import { Release } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

/**
 * Releases as CSV (§7.3.6, the release record for later query and audit):
 * one line each with its entity, version, window, change request, audit,
 * outcome and, for a rollback, its reason and the version restored.
 */
export function releasesCsv(releases: readonly Release[]): string {
  return toCsv([
    [
      'ref',
      'entity',
      'version',
      'title',
      'state',
      'goals',
      'risk',
      'planned by',
      'window start',
      'window end',
      'change request',
      'approval',
      'audited by',
      'started',
      'outcome',
      'rollback reason',
      'restored version',
      'created',
      'closed',
    ],
    ...releases.map(r => [
      r.ref,
      r.entityRef,
      r.releaseVersion,
      r.title,
      r.state,
      r.goals.join(' '),
      r.risk?.level,
      r.reportedBy,
      r.window?.start,
      r.window?.end,
      r.changeRequest,
      r.approval?.status,
      r.audit?.by,
      r.startedAt,
      r.outcome,
      r.state === 'rolled_back' ? r.reason : undefined,
      r.restoredVersion ?? undefined,
      r.createdAt,
      r.closedAt,
    ]),
  ]);
}
