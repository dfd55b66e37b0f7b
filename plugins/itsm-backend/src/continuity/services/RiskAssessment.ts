import { riskAreaLabels } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { oneOf } from '../../core/domain/intakeChecks';
import { FieldChange } from '../../core/domain/diffRecord';
import { RequestContext } from '../../core/services/RecordService';
import {
  EditPlan,
  EditPlanner,
  intakeInputOf,
} from '../../core/services/recordProcessHooks';
import { ContinuityOwnIntake } from './ContinuityIntake';
import { TransitionPlanner } from '../../core/services/RecordService';
import {
  planRiskAssessment,
  riskAssessmentFields,
  RiskAssessmentInput,
  riskFieldsOf,
  RiskRating,
} from '../domain/planRiskAssessment';

/**
 * A risk's assessment and treatment (§9.1.3(2), (4)) as intake, edits and
 * moves use it: each field checked, the level from the configured matrix,
 * the annual loss expectancy, the priority that follows the level, and the
 * treatment owner looked up in the catalog.
 */
export class RiskAssessment {
  constructor(
    private readonly deps: { rating: RiskRating; entities: EntityLookup },
  ) {}

  /** A new risk's own part: its area and assessment, and the priority its level gives. */
  readonly intake: ContinuityOwnIntake = async ({ input, ctx }) => {
    const own = intakeInputOf<RiskAssessmentInput & { area?: string }>(input);
    const planned = planRiskAssessment({
      input: own,
      current: {},
      rating: this.deps.rating,
    });
    await this.checkOwner(planned.fields.treatmentOwner, ctx);
    return {
      fields: {
        area: oneOf(own.area, riskAreaLabels, 'area'),
        ...planned.fields,
      },
      priority: planned.priority ?? 'P3',
    };
  };

  /**
   * The edit planner of risks: the assessment fields and the area an edit
   * carries, with the level, loss expectancy and priority recomputed and
   * each change on the timeline.
   */
  readonly edit: EditPlanner = async ({ record, edit, ctx }) => {
    const input = edit as RiskAssessmentInput & { area?: string };
    const named = riskAssessmentFields.some(f => input[f] !== undefined);
    if (!named && input.area === undefined) return {};
    const current = riskFieldsOf(record.fields);
    const planned = planRiskAssessment({
      input,
      current,
      rating: this.deps.rating,
    });
    if (planned.fields.treatmentOwner !== current.treatmentOwner) {
      await this.checkOwner(planned.fields.treatmentOwner, ctx);
    }
    const changes: FieldChange[] = [];
    const kept = Object.fromEntries(
      Object.entries(record.fields).filter(
        ([field]) => !(field in current) && field !== 'area',
      ),
    );
    let area = record.fields.area;
    if (input.area !== undefined) {
      area = oneOf(input.area, riskAreaLabels, 'area');
      if (area !== record.fields.area) {
        changes.push({ field: 'area', from: record.fields.area, to: area });
      }
    }
    changes.push(...planned.changes);
    const plan: EditPlan = {
      fields: { ...kept, area, ...planned.fields },
      changes,
    };
    if (planned.priority && planned.priority !== record.priority) {
      plan.priority = planned.priority;
      changes.push({
        field: 'priority',
        from: record.priority,
        to: planned.priority,
      });
    }
    return plan;
  };

  /**
   * What a risk's moves need: it is assessed once rated (likelihood and
   * impact), and treated once a treatment is chosen. A risk that lacks
   * them is refused with a 409 naming the field (the record forbids the
   * move, the request is fine: docs/architecture.md, "Refused moves").
   */
  readonly transition: TransitionPlanner = async ({ record, input, plan }) => {
    const fields = riskFieldsOf(record.fields);
    if (input.action === 'assess' && !fields.level) {
      throw new ConflictError(
        `likelihood and impact: rate ${record.ref} (1 to 5 each) before marking it assessed`,
      );
    }
    if (input.action === 'start_treatment' && !fields.treatment) {
      throw new ConflictError(
        `treatment: choose how ${record.ref} is treated (accept, reduce, transfer or avoid) before starting its treatment`,
      );
    }
    return plan;
  };

  private async checkOwner(owner: unknown, ctx: RequestContext) {
    if (typeof owner !== 'string') return;
    await this.deps.entities.resolve([owner], {
      field: 'treatmentOwner',
      credentials: ctx.credentials,
    });
  }
}
