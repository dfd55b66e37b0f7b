import {
  approvedContentOf,
  partiesToTheWork,
  problemMoveBlocker,
  approvalGroupLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError } from '@backstage/errors';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { StoredRecord } from '../../core/database/RecordStore';
import { requiredText } from '../../core/domain/intakeChecks';
import { ApprovalRound } from '../../core/domain/planApprovalDecision';
import { ApproverGroupSetting } from '../../core/domain/deriveApprovalGroups';
import { actorOf } from '../../core/services/actorOf';
import {
  RequestContext,
  TransitionPlanner,
} from '../../core/services/RecordService';

/** Who approves problem solutions besides the group's lead (§4.3.2). */
export type ProblemSettings = {
  /** Configured approvers; without them, the lead of the investigating group. */
  approvers?: ApproverGroupSetting;
  /** Leads named in configuration, by group ref; before the catalog's. */
  leads: Record<string, string>;
};

/** A solution plan (§4.3.1) as a proposal carries it. */
type SolutionInput = {
  description?: string;
  estimatedHours?: number;
  expectedEffect?: string;
};

function planSolution(
  record: StoredRecord,
  input: SolutionInput | undefined,
  actor: string,
  now: string,
) {
  const hours = input?.estimatedHours;
  if (hours !== undefined && !(typeof hours === 'number' && hours > 0)) {
    throw new InputError('solution.estimatedHours must be a number above 0');
  }
  const previous = record.fields.solutionPlan as
    | { revision?: number }
    | undefined;
  return {
    description: requiredText(input?.description, 'solution.description'),
    ...(hours !== undefined ? { estimatedHours: hours } : {}),
    expectedEffect: requiredText(
      input?.expectedEffect,
      'solution.expectedEffect',
    ),
    // A solution rejected and proposed again is a new revision (§4.3.2).
    revision: (previous?.revision ?? 0) + 1,
    proposedBy: actor,
    proposedAt: now,
  };
}

/**
 * What problem moves do besides their state (chapter 4): proposing a
 * solution needs the root cause (`problemMoveBlocker`) and records the
 * plan as a new revision, and asks its approvers: those configured
 * (`itsm.problems.approvers`), else the lead of the group investigating
 * it. The approval engine moves it on (§4.3.2).
 */
export class ProblemWorkflowPlanner {
  constructor(
    private readonly deps: {
      settings: ProblemSettings;
      entities: EntityLookup;
    },
  ) {}

  readonly plan: TransitionPlanner = async ({
    record,
    input,
    plan,
    ctx,
    now,
  }) => {
    const fields = { ...(plan.set.fields ?? record.fields) };
    if (input.action === 'propose_solution') {
      fields.solutionPlan = planSolution(
        record,
        (input as { solution?: SolutionInput }).solution,
        actorOf(ctx.credentials),
        now,
      );
      const blocker = problemMoveBlocker(input.action, fields);
      if (blocker) throw new ConflictError(`${record.ref}: ${blocker}`);
      fields.approval = await this.approvalRound(
        { ...record, fields },
        ctx,
        now,
      );
      delete fields.returnedReason;
    }
    return { ...plan, set: { ...plan.set, fields } };
  };

  /**
   * The round for the record as proposed: its approvers less whoever
   * proposed the solution, its snapshot the solution plan.
   */
  private async approvalRound(
    record: StoredRecord,
    ctx: RequestContext,
    now: string,
  ): Promise<ApprovalRound> {
    const credentials = ctx.credentials;
    const configured = this.deps.settings.approvers;
    const excluded = partiesToTheWork(record).map(p => p.ref);
    const others = (refs: string[]) =>
      refs.filter(ref => !excluded.includes(ref.toLocaleLowerCase('en-US')));
    let group;
    if (configured) {
      const approvers = others(
        await this.deps.entities.groupMembers(configured.group, {
          credentials,
        }),
      );
      if (approvers.length === 0) {
        throw new ConflictError(
          `${record.ref}: nobody approves its solution: ${configured.group} (itsm.problems.approvers) has no member other than who proposed it`,
        );
      }
      group = {
        key: 'approvers',
        label: approvalGroupLabels.approvers,
        rule: configured.rule,
        approvers,
      };
    } else {
      const owner = record.assignmentGroup;
      const lead =
        owner &&
        (this.deps.settings.leads[owner] ??
          (await this.deps.entities.groupLead(owner, { credentials })));
      if (!lead) {
        throw new ConflictError(
          `${record.ref}: nobody approves its solution: ${
            owner ?? 'it has no group, which'
          } has no lead; name one with the itsm/lead annotation or configure itsm.problems.approvers`,
        );
      }
      if (others([lead]).length === 0) {
        throw new ConflictError(
          `${record.ref}: ${lead} leads ${owner} and proposed this solution, so someone else must approve it: configure itsm.problems.approvers, or have another member of ${owner} propose it`,
        );
      }
      group = {
        key: 'lead',
        label: approvalGroupLabels.lead,
        rule: { kind: 'any' as const },
        approvers: [lead],
      };
    }
    const previous = record.fields.approval as ApprovalRound | undefined;
    return {
      round: (previous?.round ?? 0) + 1,
      requestedAt: now,
      groups: [group],
      decisions: [],
      status: 'pending',
      covers: approvedContentOf(record),
    };
  }
}
