import { Change } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

/**
 * Changes as CSV (§5.3.5, the change record for later query and audit):
 * one line each with its request, window, risk, approval and review.
 */
export function changesCsv(changes: readonly Change[]): string {
  return toCsv([
    [
      'ref',
      'title',
      'state',
      'model',
      'type',
      'risk',
      'priority',
      'entities',
      'requested by',
      'window start',
      'window end',
      'approval',
      'outcome',
      'satisfaction',
      'caused incidents',
      'created',
      'closed',
    ],
    ...changes.map(c => [
      c.ref,
      c.title,
      c.state,
      c.model,
      c.changeType,
      c.risk?.level,
      c.priority,
      c.entityRefs.join(' '),
      c.reportedBy,
      c.window?.start,
      c.window?.end,
      c.approval?.status,
      c.outcome,
      c.satisfaction,
      (c.causedIncidents ?? []).join(' '),
      c.createdAt,
      c.closedAt,
    ]),
  ]);
}
