import type { Knex } from 'knex';
import { IndicatorComputation, IndicatorWindow } from './IndicatorComputation';
import {
  epochOf,
  isoWindow,
  jsonText,
  recordsQuery,
  within,
} from './changeIndicatorSql';
import { causedIncident } from './changeIndicators';
import { medianHoursFigure, recordFigure } from './recordFigures';

/**
 * Releases that may have been confirmed in production in the window, by
 * their columns (so indexes find them): they ended (released or rolled
 * back) since its start, and were planned before its end.
 */
const releaseCandidates = (q: Knex.QueryBuilder, window: IndicatorWindow) =>
  q
    .where('r.type', 'release')
    .whereIn('r.state', ['released', 'rolled_back'])
    .where('r.closed_at', '>=', isoWindow(window).from)
    .where('r.created_at', '<', isoWindow(window).to);

/** Of those, the ones confirmed in the window (`releasedAt`, by the confirm move). */
const releasedAt = (q: Knex.QueryBuilder, db: Knex, window: IndicatorWindow) =>
  within(q, db, jsonText(db, 'releasedAt'), window);

/** Releases confirmed in production in the window, whether rolled back since. */
const deployments = (db: Knex, window: IndicatorWindow) =>
  releasedAt(releaseCandidates(recordsQuery(db), window), db, window);

/** Changes closed in the window after their implementation. */
const changesClosed = (
  q: Knex.QueryBuilder,
  db: Knex,
  window: IndicatorWindow,
) =>
  within(
    q.where('r.type', 'change').where('r.state', 'closed'),
    db,
    'r.closed_at',
    window,
  );

/**
 * What reached production in the window: releases confirmed then, and
 * changes closed then after their implementation, unless backed out.
 */
const inProduction = (db: Knex, window: IndicatorWindow) =>
  recordsQuery(db)
    .where(q =>
      q
        .where(change => changesClosed(change, db, window))
        .orWhere(release => releaseCandidates(release, window)),
    )
    .where(q =>
      q
        .where(change =>
          change
            .where('r.type', 'change')
            .whereRaw(
              `COALESCE(${jsonText(db, 'outcome')}, '') <> 'backed_out'`,
            ),
        )
        .orWhere(release =>
          releasedAt(release.where('r.type', 'release'), db, window),
        ),
    );

/**
 * From request (the record's creation) to production: a change's
 * implementation completed (`completedAt`, else its closure), a release's
 * confirmation (`releasedAt`).
 */
const leadSeconds = (db: Knex) =>
  `(CASE WHEN r.type = 'change' THEN COALESCE(${epochOf(
    db,
    jsonText(db, 'completedAt'),
  )}, ${epochOf(db, 'r.closed_at')}) ELSE ${epochOf(
    db,
    jsonText(db, 'releasedAt'),
  )} END) - ${epochOf(db, 'r.created_at')}`;

/**
 * Changes and releases that finished in the window: changes closed after
 * implementation, releases released or rolled back.
 */
const finished = (db: Knex, window: IndicatorWindow) =>
  within(
    recordsQuery(db).where(q =>
      q
        .where(change =>
          change.where('r.type', 'change').where('r.state', 'closed'),
        )
        .orWhere(release =>
          release
            .where('r.type', 'release')
            .whereIn('r.state', ['released', 'rolled_back']),
        ),
    ),
    db,
    'r.closed_at',
    window,
  );

const failed = (db: Knex) =>
  `(r.state = 'rolled_back' OR COALESCE(${jsonText(
    db,
    'outcome',
  )}, '') IN ('failed', 'backed_out') OR ${causedIncident})`;

/** P1 and P2 incidents resolved in the window. */
const restored = (db: Knex, window: IndicatorWindow) =>
  within(
    db('itsm_records as r')
      .where('r.type', 'incident')
      // Only these keep a resolution time (a reopen clears it): so the
      // (type, state, resolved_at) index finds the month's.
      .whereIn('r.state', ['resolved', 'closed'])
      .whereIn('r.priority', ['P1', 'P2']),
    db,
    'r.resolved_at',
    window,
  );

/** How the DORA four keys are computed, from the same change, release and incident records. */
export const doraIndicators: IndicatorComputation[] = [
  recordFigure({
    id: 'deployment-frequency',
    kind: 'per-week',
    population: deployments,
  }),
  medianHoursFigure({
    id: 'lead-time-for-changes',
    population: inProduction,
    seconds: leadSeconds,
  }),
  recordFigure({
    id: 'change-failure-rate',
    kind: 'share',
    population: finished,
    numerator: failed,
  }),
  medianHoursFigure({
    id: 'time-to-restore',
    population: restored,
    seconds: db =>
      `${epochOf(db, 'r.resolved_at')} - ${epochOf(db, 'r.created_at')}`,
  }),
];
