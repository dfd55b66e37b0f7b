import type { Knex } from 'knex';
import type { IndicatorScope } from '../indicators/IndicatorComputation';

/**
 * The scopes a month's snapshot is taken for: the portal, every
 * assignment group records have, and every service (entity) records
 * affect, in a stable order.
 */
export async function selectSnapshotScopes(
  db: Knex,
): Promise<IndicatorScope[]> {
  const [groups, services] = await Promise.all([
    db('itsm_records')
      .whereNotNull('assignment_group')
      .distinct('assignment_group')
      .orderBy('assignment_group') as Promise<{ assignment_group: string }[]>,
    db('itsm_record_entities')
      .distinct('entity_ref')
      .orderBy('entity_ref') as Promise<{ entity_ref: string }[]>,
  ]);
  return [
    { kind: 'portal' },
    ...groups.map(g => ({ kind: 'group' as const, ref: g.assignment_group })),
    ...services.map(s => ({ kind: 'service' as const, ref: s.entity_ref })),
  ];
}
