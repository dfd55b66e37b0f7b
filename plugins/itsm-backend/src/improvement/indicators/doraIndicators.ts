import type { Knex } from 'knex';
import { IndicatorComputation, IndicatorWindow } from './IndicatorComputation';
import { epochOf, isoWindow, jsonText, within } from './changeIndicatorSql';
import { causedIncident } from './changeIndicators';
import { medianHoursFigure, recordFigure } from './recordFigures';

/**
 * Releases confirmed in production in the window (`releasedAt`, written
 * by the confirm move), whether or not rolled back since.
 */
const releasedIn = (q: Knex.QueryBuilder, db: Knex, window: IndicatorWindow) =>
  within(
    q
      .where('r.type', 'release')
      .whereIn('r.state', ['released', 'rolled_back'])
      // Released then, so it ended (released or rolled back) since.
      .where('r.closed_at', '>=', isoWindow(window).from),
    db,
    jsonText(db, 'releasedAt'),
    window,
  );

const deployments = (db: Knex, window: IndicatorWindow) =>
  releasedIn(db('itsm_records as r'), db, window);

/**
 * What reached production in the window: releases confirmed then, and
 * changes closed then after their implementation, unless backed out.
 */
const inProduction = (db: Knex, window: IndicatorWindow) =>
  db('itsm_records as r').where(q =>
    q
      .where(change =>
        within(
          change
            .where('r.type', 'change')
            .where('r.state', 'closed')
            .whereRaw(
              `COALESCE(${jsonText(db, 'outcome')}, '') <> 'backed_out'`,
            ),
          db,
          'r.closed_at',
          window,
        ),
      )
      .orWhere(release => releasedIn(release, db, window)),
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
    db('itsm_records as r').where(q =>
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
