import { InputError } from '@backstage/errors';
import { entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { DateTime } from 'luxon';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { actorOf } from '../../core/services/actorOf';
import { TransitionPlanner } from '../../core/services/RecordService';
import {
  EditPlanner,
  intakeInputOf,
} from '../../core/services/recordProcessHooks';
import { ContinuityOwnIntake } from './ContinuityIntake';
import {
  emptyImpactAnalysis,
  ImpactAnalysisInput,
  impactAnalysisFieldsOf,
  planImpactAnalysis,
} from '../domain/planImpactAnalysis';
import { planImpactAnalysisSubmission } from '../domain/planImpactAnalysisSubmission';
import { ContinuitySettings } from './readContinuitySettings';

/** The kinds of entity an analysis covers. */
export const ANALYSED_KINDS = ['component', 'system', 'resource'];

/**
 * What a business impact analysis's writes do besides the core's
 * (§9.1.3): its intake (one component, system or resource, one analysis
 * per entity that is not retired, claimed as a unique key), its edits
 * (the impact grid, the MTPD that follows, RTO ≤ MTPD), its submission
 * (the entity's owner approves, never the submitter), its retirement
 * (which frees the entity for a new analysis) and its approval (the next
 * review date).
 */
export class ImpactAnalysisPlanner {
  constructor(
    private readonly deps: {
      settings: ContinuitySettings;
      entities: EntityLookup;
    },
  ) {}

  /** A new analysis's own part: its grid and objectives, and its entity as a unique key. */
  readonly intake: ContinuityOwnIntake = async ({ input, resolved }) => {
    const [entityRef, ...more] = resolved.entityRefs;
    if (!entityRef || more.length > 0) {
      throw new InputError(
        'entityRefs: a business impact analysis covers exactly one component, system or resource',
      );
    }
    const kind = entityRef.slice(0, entityRef.indexOf(':'));
    if (!ANALYSED_KINDS.includes(kind)) {
      throw new InputError(
        `entityRefs[0]: a business impact analysis covers a component, system or resource, not a ${kind}`,
      );
    }
    const { fields } = planImpactAnalysis(
      emptyImpactAnalysis(this.deps.settings.impactIntervals),
      intakeInputOf<ImpactAnalysisInput>(input),
    );
    return {
      fields: { ...fields },
      uniqueKeys: [
        {
          key: entityRef,
          conflictMessage: `${entityRefName(
            entityRef,
          )} already has a business impact analysis; revise it, or retire it first`,
        },
      ],
    };
  };

  /** An edit of the analysis's own fields (in draft: the workflow says so). */
  readonly edit: EditPlanner = ({ record, edit }) => {
    const input = edit as ImpactAnalysisInput;
    const own = ['businessProcesses', 'impacts', 'rtoMinutes', 'rpoMinutes'];
    if (!own.some(f => (input as Record<string, unknown>)[f] !== undefined)) {
      return {};
    }
    const { fields, changes } = planImpactAnalysis(
      impactAnalysisFieldsOf(record.fields, this.deps.settings.impactIntervals),
      input,
    );
    return { fields: { ...record.fields, ...fields }, changes };
  };

  /** Submission asks the entity's owner; retirement frees the entity. */
  readonly transition: TransitionPlanner = async ({
    record,
    input,
    plan,
    ctx,
    now,
  }) => {
    if (input.action === 'retire') {
      return { ...plan, releaseUniqueKeys: true };
    }
    if (input.action !== 'submit') return plan;
    const submittedBy = actorOf(ctx.credentials);
    const [owner] = await this.deps.entities.owners(record.entityRefs, {
      credentials: ctx.credentials,
    });
    const fields = { ...(plan.set.fields ?? record.fields) };
    fields.approval = planImpactAnalysisSubmission({
      record: { ...record, fields },
      ownerRef: owner?.ownerRef,
      submittedBy,
      now,
    });
    fields.submittedBy = submittedBy;
    fields.submittedAt = now;
    delete fields.returnedReason;
    return { ...plan, set: { ...plan.set, fields } };
  };

  /** An approved analysis is next reviewed after the review interval. */
  readonly onApproved = ({ now }: { now: string }) => ({
    reviewDueAt: DateTime.fromISO(now, { zone: 'utc' })
      .plus(this.deps.settings.reviewInterval)
      .toISO()!,
    reviewRemindedFor: null,
  });
}
