import type { Knex } from 'knex';
import {
  IndicatorBreakdownRow,
  IndicatorComputation,
  IndicatorScope,
  IndicatorValue,
  IndicatorWindow,
} from './IndicatorComputation';

const INVITATIONS = 'itsm_survey_invitations';

/**
 * The invitations of a scope: a group's are those of its incidents (the
 * assignment group when sent); a service's those about it (periodic) or
 * about an incident that affects it.
 */
function inScope(db: Knex, scope: IndicatorScope) {
  return (q: Knex.QueryBuilder) => {
    if (scope.kind === 'group') {
      q.where('i.assignment_group', scope.ref);
    } else if (scope.kind === 'service') {
      q.where(w =>
        w
          .where('i.service_ref', scope.ref)
          .orWhereIn(
            'i.record_id',
            db('itsm_record_entities')
              .where('entity_ref', scope.ref)
              .select('record_id'),
          ),
      );
    }
  };
}

/** The invitations with the key of a breakdown: group, or each service. */
function keyed(db: Knex, by: 'group' | 'service') {
  if (by === 'group') {
    return db(`${INVITATIONS} as i`)
      .whereNotNull('i.assignment_group')
      .select('i.*', { k: 'i.assignment_group' });
  }
  return db(`${INVITATIONS} as i`)
    .whereNotNull('i.service_ref')
    .select('i.*', { k: 'i.service_ref' })
    .unionAll(
      db(`${INVITATIONS} as i`)
        .join('itsm_record_entities as e', 'e.record_id', 'i.record_id')
        .select('i.*', { k: 'e.entity_ref' }),
    );
}

const inWindow =
  (column: string, window: IndicatorWindow) => (q: Knex.QueryBuilder) =>
    q.where(column, '>=', window.from).where(column, '<', window.to);

/** The mean overall rating of the answers given in the window. */
const rating: IndicatorComputation = {
  id: 'satisfaction-rating',
  async compute(db, window, scope) {
    const [row]: any[] = await db(`${INVITATIONS} as i`)
      .modify(inWindow('i.answered_at', window))
      .whereNotNull('i.overall_rating')
      .modify(inScope(db, scope))
      .select(
        db.raw('SUM(i.overall_rating) AS total'),
        db.raw('COUNT(i.id) AS n'),
      );
    return meanOf(row);
  },
  async breakdown(db, window, scope, by) {
    if (by !== 'group' && by !== 'service') return [];
    const rows = await db
      .from(keyed(db, by).as('i'))
      .modify(inWindow('i.answered_at', window))
      .whereNotNull('i.overall_rating')
      .modify(inScope(db, scope))
      .groupBy('i.k')
      .select({ key: 'i.k' })
      .sum({ total: 'i.overall_rating' })
      .count({ n: 'i.id' })
      .orderBy('i.k');
    return rows.map(
      (row: any): IndicatorBreakdownRow => ({
        key: row.key,
        figure: meanOf(row),
      }),
    );
  },
};

/** Of the invitations sent in the window, the share answered (percent). */
const responseRate: IndicatorComputation = {
  id: 'survey-response-rate',
  async compute(db, window, scope) {
    const [row]: any[] = await db(`${INVITATIONS} as i`)
      .modify(inWindow('i.sent_at', window))
      .modify(inScope(db, scope))
      .select(
        db.raw('COUNT(i.id) AS n'),
        db.raw('COUNT(i.answered_at) AS answered'),
      );
    return shareOf(row);
  },
  async breakdown(db, window, scope, by) {
    if (by !== 'group' && by !== 'service') return [];
    const rows = await db
      .from(keyed(db, by).as('i'))
      .modify(inWindow('i.sent_at', window))
      .modify(inScope(db, scope))
      .groupBy('i.k')
      .select({ key: 'i.k' })
      .count({ n: 'i.id' })
      .count({ answered: 'i.answered_at' })
      .orderBy('i.k');
    return rows.map(
      (row: any): IndicatorBreakdownRow => ({
        key: row.key,
        figure: shareOf(row),
      }),
    );
  },
};

function meanOf(row: any): IndicatorValue {
  const n = Number(row?.n ?? 0);
  const total = Number(row?.total ?? 0);
  return n === 0
    ? { value: null, numerator: 0, denominator: 0, sample: 0 }
    : { value: total / n, numerator: total, denominator: n, sample: n };
}

function shareOf(row: any): IndicatorValue {
  const n = Number(row?.n ?? 0);
  const answered = Number(row?.answered ?? 0);
  return n === 0
    ? { value: null, numerator: 0, denominator: 0, sample: 0 }
    : {
        value: (100 * answered) / n,
        numerator: answered,
        denominator: n,
        sample: n,
      };
}

/** How the satisfaction indicators of the catalogue are computed (§2.3.5). */
export const satisfactionIndicators: IndicatorComputation[] = [
  rating,
  responseRate,
];
