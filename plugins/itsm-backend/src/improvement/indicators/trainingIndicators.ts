import type { Knex } from 'knex';
import {
  HeldTraining,
  measureTrainedShare,
  trainingProcessesOfRecordType,
} from '../domain/measureTrainedShare';
import {
  IndicatorComputation,
  IndicatorScope,
  IndicatorWindow,
} from './IndicatorComputation';

/** What the training indicators read of the catalog. */
export type TrainingIndicatorDeps = {
  /** The users who are members of a group (by `memberOf`), normalised. */
  groupMembers(groupRef: string): Promise<string[]>;
};

/** Twelve months before the end of the window: held sessions count from here. */
function yearBefore(to: string): string {
  const end = new Date(to);
  return new Date(
    Date.UTC(
      end.getUTCFullYear() - 1,
      end.getUTCMonth(),
      end.getUTCDate(),
      end.getUTCHours(),
      end.getUTCMinutes(),
      end.getUTCSeconds(),
    ),
  ).toISOString();
}

/** The held sessions of the twelve months up to the end of the window. */
function heldQuery(db: Knex, window: IndicatorWindow) {
  return db('itsm_records')
    .where({ type: 'training', state: 'held' })
    .where('closed_at', '>=', yearBefore(window.to))
    .where('closed_at', '<', window.to);
}

/**
 * The distinct record types and assignment groups of the records created
 * before `to` (of one group when given), training sessions aside. A
 * `DISTINCT` over the table read every record (half a second at a million
 * incidents); this walks the `(type, assignment_group)` index instead, from
 * each type to its next and from each group of a type to its next (a loose
 * index scan, by recursive queries both databases run), and asks each pair
 * whether it has a record created before `to`.
 */
async function typeGroupPairs(
  db: Knex,
  to: string,
  group?: string,
): Promise<{ assignment_group: string; type: string }[]> {
  const rows: { type: string; assignment_group: string }[] = await db.raw(
    `WITH RECURSIVE t(type) AS (
       SELECT MIN(type) FROM itsm_records
       UNION ALL
       SELECT (SELECT MIN(x.type) FROM itsm_records x WHERE x.type > t.type)
       FROM t WHERE t.type IS NOT NULL
     ),
     g(type, grp) AS (
       SELECT t.type, (SELECT MIN(x.assignment_group) FROM itsm_records x
                       WHERE x.type = t.type)
       FROM t WHERE t.type IS NOT NULL
       UNION ALL
       SELECT g.type, (SELECT MIN(x.assignment_group) FROM itsm_records x
                       WHERE x.type = g.type AND x.assignment_group > g.grp)
       FROM g WHERE g.grp IS NOT NULL
     )
     SELECT g.type AS type, g.grp AS assignment_group FROM g
     WHERE g.grp IS NOT NULL AND g.type <> 'training'
       ${group === undefined ? '' : 'AND g.grp = ?'}
       AND EXISTS (SELECT 1 FROM itsm_records x WHERE x.type = g.type
                   AND x.assignment_group = g.grp AND x.created_at < ?)`,
    group === undefined ? [to] : [group, to],
  );
  // knex.raw answers the rows on SQLite, a result with them on PostgreSQL.
  return Array.isArray(rows) ? rows : (rows as { rows: typeof rows }).rows;
}

/**
 * The support groups of a scope by the records created before the end of
 * the window: the assignment groups of all records (portal), the group
 * itself, or the groups of the records that affect the service.
 */
async function supportGroups(
  db: Knex,
  window: IndicatorWindow,
  scope: IndicatorScope,
): Promise<Map<string, Set<string>>> {
  let pairs: { assignment_group: string; type: string }[];
  if (scope.kind === 'service') {
    pairs = await db('itsm_records as r')
      .distinct('r.assignment_group', 'r.type')
      .whereNotNull('r.assignment_group')
      .whereNotIn('r.type', ['training'])
      .where('r.created_at', '<', window.to)
      .whereIn(
        'r.id',
        db('itsm_record_entities')
          .select('record_id')
          .where('entity_ref', scope.ref),
      );
  } else {
    pairs = await typeGroupPairs(
      db,
      window.to,
      scope.kind === 'group' ? scope.ref : undefined,
    );
  }
  const groups = new Map<string, Set<string>>();
  if (scope.kind === 'group') groups.set(scope.ref, new Set());
  for (const row of pairs) {
    const processes = groups.get(row.assignment_group) ?? new Set<string>();
    for (const p of trainingProcessesOfRecordType[row.type] ?? []) {
      processes.add(p);
    }
    groups.set(row.assignment_group, processes);
  }
  return groups;
}

async function held(db: Knex, window: IndicatorWindow) {
  const rows = (await heldQuery(db, window).select('fields')) as {
    fields: string | Record<string, unknown>;
  }[];
  return rows.map((row): HeldTraining => {
    const fields =
      typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields;
    return {
      process: String(fields.process ?? ''),
      completedBy: Array.isArray(fields.completedBy) ? fields.completedBy : [],
    };
  });
}

/**
 * How the training indicators of the catalogue are computed (§10.2.3):
 * `group-trained-share`, the share of the members of the support groups
 * (the assignment groups of records; members by the catalog's `memberOf`)
 * who completed a session on their process in the twelve months up to the
 * end of the period. A factory, for it reads group members from the
 * catalog: the registry builds it with the catalog's `groupMembers`.
 */
export function trainingIndicators(
  deps: TrainingIndicatorDeps,
): IndicatorComputation[] {
  const groupsWithMembers = async (
    db: Knex,
    window: IndicatorWindow,
    scope: IndicatorScope,
  ) =>
    Promise.all(
      [...(await supportGroups(db, window, scope))].map(
        async ([group, processes]) => ({
          group,
          processes: [...processes],
          members: await deps.groupMembers(group),
        }),
      ),
    );
  return [
    {
      id: 'group-trained-share',
      async compute(db, window, scope) {
        return measureTrainedShare({
          groups: await groupsWithMembers(db, window, scope),
          held: await held(db, window),
        });
      },
      async breakdown(db, window, scope, by) {
        if (by !== 'group') return [];
        const [groups, sessions] = await Promise.all([
          groupsWithMembers(db, window, scope),
          held(db, window),
        ]);
        return groups
          .map(g => ({
            key: g.group,
            figure: measureTrainedShare({ groups: [g], held: sessions }),
          }))
          .sort((a, b) => a.key.localeCompare(b.key));
      },
      records(db, window) {
        return heldQuery(db, window).select(
          'itsm_records.id',
          'itsm_records.created_at',
        );
      },
    },
  ];
}
