/**
 * The part of a record an approval round covers, as its approvers saw it.
 *
 * @public
 */
export type ApprovableRecord = {
  type: string;
  entityRefs: readonly string[];
  window?: { start: string; end: string };
  fields: Record<string, unknown>;
};

/**
 * One field approvers decide on: its name (as a 409 names it), its label
 * (as people read it) and how to read it from a record, without what
 * changes as the work is done (a plan step's tick, a phase's status).
 *
 * @public
 */
export type ApprovedField = {
  field: string;
  label: string;
  of(record: ApprovableRecord): unknown;
};

const sortedEntities: ApprovedField = {
  field: 'entityRefs',
  label: 'affected entities',
  of: r => [...r.entityRefs].sort(),
};
/**
 * An improvement item's entities in their order: the first is the service
 * its indicator is measured for (its scope), so a reordering changes what
 * was approved.
 */
const scopeEntities: ApprovedField = {
  field: 'entityRefs',
  label: 'scope (affected entities)',
  of: r => [...r.entityRefs],
};
const windowField: ApprovedField = {
  field: 'window',
  label: 'window',
  of: r => (r.window ? { start: r.window.start, end: r.window.end } : null),
};
const field = (name: string, label: string): ApprovedField => ({
  field: name,
  label,
  of: r => r.fields[name] ?? null,
});
const riskAnswers: ApprovedField = {
  field: 'risk',
  label: 'risk answers',
  of: r => {
    const risk = r.fields.risk as
      | { answers?: unknown; level?: unknown; stated?: unknown }
      | undefined;
    return risk
      ? {
          answers: risk.answers ?? null,
          level: risk.level ?? null,
          stated: risk.stated ?? null,
        }
      : null;
  },
};

/**
 * What approvers decide on, per record type (§4.3.2, §5.2.4, §7.1): for a
 * change its entities, window, type and model, plans, backout and risk
 * answers; for a release its entities, version, window, scope and
 * package; for a problem its solution plan; for an improvement item
 * (§10.2.2) its owner, scope, expected benefit, indicator, baseline,
 * target and due date. An approval round keeps a
 * snapshot of these (`covers`); the backend refuses any write that would
 * make the record differ from what was approved, except a move that starts
 * a new round (docs/approvals.md).
 *
 * @public
 */
export const approvedFields: Record<string, readonly ApprovedField[]> = {
  change: [
    sortedEntities,
    windowField,
    field('changeType', 'change type'),
    field('model', 'model'),
    field('template', 'standard change template'),
    {
      field: 'plan',
      label: 'implementation plan',
      of: r =>
        ((r.fields.plan ?? []) as { title?: string; owner?: string }[]).map(
          step => ({ title: step.title ?? '', owner: step.owner ?? null }),
        ),
    },
    field('backoutPlan', 'backout plan'),
    field('testPlan', 'test plan'),
    riskAnswers,
  ],
  release: [
    sortedEntities,
    windowField,
    field('entityRef', 'released entity'),
    field('releaseVersion', 'version'),
    field('goals', 'goals'),
    field('modules', 'scope (modules)'),
    {
      field: 'phases',
      label: 'rollout phases',
      of: r =>
        ((r.fields.phases ?? []) as { name?: string }[]).map(p => p.name),
    },
    field('contents', 'package contents'),
    riskAnswers,
  ],
  problem: [
    {
      field: 'solutionPlan',
      label: 'solution plan',
      of: r => {
        const plan = r.fields.solutionPlan as
          | Record<string, unknown>
          | undefined;
        return plan
          ? {
              description: plan.description ?? null,
              estimatedHours: plan.estimatedHours ?? null,
              expectedEffect: plan.expectedEffect ?? null,
              revision: plan.revision ?? null,
            }
          : null;
      },
    },
  ],
  // Not its outcome, evaluation note or measured effect: they are the work.
  improvement: [
    field('owner', 'owner'),
    scopeEntities,
    field('expectedBenefit', 'expected benefit'),
    field('indicatorId', 'indicator'),
    field('baseline', 'baseline'),
    field('target', 'target'),
    field('dueDate', 'due date'),
  ],
};

/**
 * The snapshot of what approvers decide on for this record, field by
 * field; empty for types that are not approved.
 *
 * @public
 */
export function approvedContentOf(
  record: ApprovableRecord,
): Record<string, unknown> {
  return Object.fromEntries(
    (approvedFields[record.type] ?? []).map(f => [f.field, f.of(record)]),
  );
}

/** JSON with object keys sorted, so equal content compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a.localeCompare(b, 'en-US'),
          ),
        )
      : v,
  );
}

/**
 * The approved fields in which the record now differs from a snapshot, in
 * the order of `approvedFields`; empty when the approval still covers it.
 * A field the snapshot lacks (taken before the field was covered) is read
 * as null.
 *
 * @public
 */
export function fieldsOutsideApproval(
  covers: Record<string, unknown>,
  record: ApprovableRecord,
): ApprovedField[] {
  return (approvedFields[record.type] ?? []).filter(
    f => canonical(covers[f.field] ?? null) !== canonical(f.of(record)),
  );
}
