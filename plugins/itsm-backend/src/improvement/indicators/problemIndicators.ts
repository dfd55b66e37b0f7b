import type { Knex } from 'knex';
import { IndicatorComputation } from './IndicatorComputation';
import {
  applyScope,
  applyWindow,
  jsonText,
  jsonTrue,
  recordsOf,
  secondsBetween,
  simpleIndicator,
} from './indicatorSql';

const DAY = 86400;

/**
 * When each problem first had something of its analysis recorded, from
 * its timeline: the first `updated` event whose data (JSON text) holds
 * the marker, as `record_id, at`.
 */
function firstEvent(db: Knex, marker: string) {
  return db('itsm_timeline_events')
    .select('record_id')
    .min({ at: 'created_at' })
    .whereIn(
      'record_id',
      db('itsm_records').select('id').where('type', 'problem'),
    )
    .where('kind', 'updated')
    .where('data', 'like', `%${marker}%`)
    .groupBy('record_id');
}

/** The root cause recorded: an analysis edit that changed `rootCause`. */
const rootCauseFound = (db: Knex) => firstEvent(db, '"field":"rootCause"');
/** Became a known error: the analysis edit marked `knownError: true`. */
const becameKnownError = (db: Knex) => firstEvent(db, '"knownError":true');

/**
 * How the problem indicators of the catalogue (chapter 4) are computed:
 * when a root cause was found and a problem became a known error are read
 * from its timeline (the analysis edit's event), a fix from the `fixedBy`
 * change the fix follower records, recurrence from the incidents'
 * `caused-by` links to known errors.
 */
export const problemIndicators: IndicatorComputation[] = [
  simpleIndicator({
    id: 'problem-time-to-root-cause',
    base: (db, window, scope) =>
      applyWindow(
        recordsOf(db, 'problem', scope).join(
          rootCauseFound(db).as('rc'),
          'rc.record_id',
          'r.id',
        ),
        'rc.at',
        window,
      ),
    measure: db => ({
      kind: 'mean',
      seconds: secondsBetween(db, 'r.created_at', 'rc.at'),
      per: DAY,
    }),
  }),
  simpleIndicator({
    id: 'known-errors-created',
    base: (db, window, scope) =>
      applyWindow(
        recordsOf(db, 'problem', scope).join(
          becameKnownError(db).as('ke0'),
          'ke0.record_id',
          'r.id',
        ),
        'ke0.at',
        window,
      ),
    measure: () => ({ kind: 'count' }),
  }),
  simpleIndicator({
    id: 'incidents-per-known-error',
    // Rooted at the known errors (the scope and breakdown are theirs), with
    // the incidents created in the period that they caused.
    base: (db, window, scope) =>
      applyWindow(
        applyScope(
          db('itsm_records as r')
            .where('r.type', 'problem')
            .whereRaw(jsonTrue(db, 'r.fields', 'knownError'))
            .join('itsm_record_links as l', 'l.target_id', 'r.id')
            .where('l.kind', 'caused-by')
            .join('itsm_records as i', 'i.id', 'l.source_id')
            .where('i.type', 'incident'),
          db,
          scope,
        ),
        'i.created_at',
        window,
      ),
    measure: () => ({
      kind: 'ratio',
      numerator: 'COUNT(DISTINCT i.id)',
      denominator: 'COUNT(DISTINCT r.id)',
    }),
  }),
  simpleIndicator({
    id: 'problems-fixed-by-change',
    base: (db, window, scope) =>
      applyWindow(
        recordsOf(db, 'problem', scope)
          .where('r.state', 'closed')
          .whereRaw(`${jsonText(db, 'r.fields', 'fixedBy')} IS NOT NULL`),
        'r.closed_at',
        window,
      ),
    measure: () => ({ kind: 'count' }),
  }),
];
