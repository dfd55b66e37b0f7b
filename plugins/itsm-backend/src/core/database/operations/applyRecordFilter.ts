import {
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
} from '@backstage/plugin-permission-node';
import { Knex } from 'knex';
import { RecordCriteria, RecordFilter } from '../../model/recordModel';

function applyLeaf(
  query: Knex.QueryBuilder,
  knex: Knex,
  filter: RecordFilter,
): void {
  switch (filter.kind) {
    case 'reportedBy':
      query.whereIn('r.reported_by', filter.userRefs);
      return;
    case 'assignedTo':
      query.whereIn('r.assignee', filter.userRefs);
      return;
    case 'assignmentGroupIn':
      query.whereIn('r.assignment_group', filter.groupRefs);
      return;
    case 'affectsEntity':
      query.whereIn(
        'r.id',
        knex('itsm_record_entities')
          .select('record_id')
          .whereIn('entity_ref', filter.entityRefs),
      );
      return;
    case 'affectedEntityOwnedBy':
      query.whereIn(
        'r.id',
        knex('itsm_record_entities as fe')
          .join('itsm_entity_owners as fo', 'fo.entity_ref', 'fe.entity_ref')
          .select('fe.record_id')
          .whereIn('fo.owner_ref', filter.ownerRefs),
      );
      return;
    case 'none':
      query.whereRaw('1 = 0');
      return;
    default:
      throw new Error(`Unknown record filter ${JSON.stringify(filter)}`);
  }
}

/**
 * Narrows a query over `itsm_records as r` to the records that satisfy the
 * criteria of a conditional permission decision, in SQL.
 */
export function applyRecordFilter(
  query: Knex.QueryBuilder,
  knex: Knex,
  criteria: RecordCriteria,
): void {
  if (isAndCriteria(criteria)) {
    for (const child of criteria.allOf) {
      query.where(q => applyRecordFilter(q, knex, child));
    }
  } else if (isOrCriteria(criteria)) {
    for (const child of criteria.anyOf) {
      query.orWhere(q => applyRecordFilter(q, knex, child));
    }
  } else if (isNotCriteria(criteria)) {
    query.whereNot(q => applyRecordFilter(q, knex, criteria.not));
  } else {
    applyLeaf(query, knex, criteria);
  }
}
