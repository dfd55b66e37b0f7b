import { RecordType } from '../recordTypes';
import {
  businessSatisfactionLabels,
  changeModelLabels,
  changeOutcomeLabels,
  changeTypeLabels,
} from '../change/changeFields';
import {
  incidentCategoryLabels,
  incidentChannelLabels,
  levelLabels,
} from '../incident/incidentFields';
import {
  problemCategoryLabels,
  problemSourceLabels,
} from '../problem/problemFields';
import {
  releaseGoalLabels,
  releaseOutcomeLabels,
} from '../release/releaseFields';
import {
  continuityRiskLevelLabels,
  riskAreaLabels,
  riskTreatmentLabels,
} from '../continuity/riskFields';
import {
  exerciseKindLabels,
  exerciseResultLabels,
} from '../continuity/exerciseFields';
import {
  improvementOutcomeLabels,
  improvementSourceLabels,
  trainingProcessLabels,
} from '../improvement/improvementFields';
import { riskLevelLabels } from '../risk/assessRisk';
import { holdReasonLabels, satisfactionLabels } from './incidentWorkflow';
import { labelOf, wordsOf } from './workflowLabels';

/** Field names that do not read as words once split. */
const fieldNames: Record<string, string> = {
  entityRefs: 'Affected entities',
  entityRef: 'Entity',
  changeType: 'Type of change',
  satisfactionRating: 'Satisfaction',
  rtoMinutes: 'RTO',
  rpoMinutes: 'RPO',
  mtpdMinutes: 'MTPD',
};

/**
 * A record field's name in words: `assignmentGroup` is "Assignment
 * group"; a name that is already a phrase ("plan step 1 (Build) done")
 * only starts with a capital.
 *
 * @public
 */
export function fieldLabel(field: string): string {
  if (fieldNames[field]) return fieldNames[field];
  if (/^[A-Za-z][A-Za-z0-9_]*$/.test(field)) return wordsOf(field);
  return field.charAt(0).toLocaleUpperCase('en-US') + field.slice(1);
}

/**
 * The fields of each record type with a fixed set of values, and the
 * labels of those values: what a timeline, a form and a card show for
 * them.
 *
 * @public
 */
export const recordFieldChoices: Record<
  RecordType,
  Record<string, Readonly<Record<string, string>>>
> = {
  incident: {
    category: incidentCategoryLabels,
    impact: levelLabels,
    urgency: levelLabels,
    channel: incidentChannelLabels,
    holdReason: holdReasonLabels,
    rating: satisfactionLabels,
    satisfactionRating: satisfactionLabels,
  },
  problem: {
    category: problemCategoryLabels,
    source: problemSourceLabels,
    impact: levelLabels,
    urgency: levelLabels,
  },
  change: {
    changeType: changeTypeLabels,
    model: changeModelLabels,
    risk: riskLevelLabels,
    outcome: changeOutcomeLabels,
    satisfaction: businessSatisfactionLabels,
  },
  release: {
    goals: releaseGoalLabels,
    outcome: releaseOutcomeLabels,
    risk: riskLevelLabels,
  },
  risk: {
    area: riskAreaLabels,
    treatment: riskTreatmentLabels,
    level: continuityRiskLevelLabels,
  },
  'impact-analysis': {},
  'continuity-plan': {},
  exercise: {
    kind: exerciseKindLabels,
    result: exerciseResultLabels,
  },
  improvement: {
    source: improvementSourceLabels,
    outcome: improvementOutcomeLabels,
  },
  training: {
    process: trainingProcessLabels,
  },
};

/**
 * A value of a record's field by its label, when the field has a fixed
 * set of values (`fieldValueLabel('incident', 'category', 'software')` is
 * "Software failure"); undefined for a field without one, which the
 * caller shows as it must (a person by name, a text as it is).
 *
 * @public
 */
export function fieldValueLabel(
  type: RecordType | string,
  field: string,
  value: unknown,
): string | undefined {
  const labels = recordFieldChoices[type as RecordType]?.[field];
  if (!labels || (typeof value !== 'string' && typeof value !== 'number')) {
    return undefined;
  }
  return labelOf(labels, String(value));
}
