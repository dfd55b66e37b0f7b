import {
  CreateRiskRequest,
  Risk,
  riskAreaLabels,
  riskImpactLabels,
  riskLikelihoodLabels,
  riskTreatmentLabels,
  UpdateRiskRequest,
} from '@backstage-itsm/plugin-itsm-common';
import { FormField } from '../../components/FormDialog';

const scale = (labels: Record<number, string>) =>
  Object.fromEntries(
    [1, 2, 3, 4, 5].map(n => [String(n), `${n} ${labels[n]}`]),
  );

/** The fields of a risk's assessment and treatment (§9.1.3(2), (4)). */
export const riskAssessmentFormFields: FormField[] = [
  {
    name: 'likelihood',
    label: 'Likelihood',
    kind: 'select',
    choices: scale(riskLikelihoodLabels),
  },
  {
    name: 'impact',
    label: 'Impact',
    kind: 'select',
    choices: scale(riskImpactLabels),
  },
  {
    name: 'singleLossExpectancy',
    label: 'Single loss expectancy',
    kind: 'text',
    helperText: 'What one occurrence would cost (optional)',
  },
  {
    name: 'annualRateOfOccurrence',
    label: 'Annual rate of occurrence',
    kind: 'text',
    helperText: 'Times a year, e.g. 0.1 for once in ten years (optional)',
  },
  { name: 'existingControls', label: 'Existing controls', kind: 'multiline' },
  {
    name: 'treatment',
    label: 'Treatment',
    kind: 'select',
    choices: riskTreatmentLabels,
  },
  {
    name: 'treatmentOwner',
    label: 'Treatment owner',
    kind: 'entity',
    entityKinds: ['user', 'group'],
  },
  {
    name: 'treatmentDueDate',
    label: 'Treatment due (YYYY-MM-DD)',
    kind: 'text',
  },
  { name: 'reviewDate', label: 'Review date (YYYY-MM-DD)', kind: 'text' },
];

/** The fields of a new risk: the threat, its area and entity, then the assessment. */
export const newRiskFormFields: FormField[] = [
  { name: 'title', label: 'Threat', kind: 'text', required: true },
  {
    name: 'area',
    label: 'Area',
    kind: 'select',
    choices: riskAreaLabels,
    required: true,
  },
  {
    name: 'entityRef',
    label: 'Affected entity',
    kind: 'entity',
    entityKinds: ['component', 'system', 'resource', 'api', 'domain'],
    required: true,
  },
  { name: 'description', label: 'Description', kind: 'multiline' },
  ...riskAssessmentFormFields,
];

type Assessment = Omit<UpdateRiskRequest, 'version'>;

/** A number a form field holds; text that is not one goes as it is, for the server to name. */
const numberOf = (text: string): number => {
  const n = Number(text.replace(/[\s,]/g, ''));
  return Number.isNaN(n) ? (text as unknown as number) : n;
};

/**
 * What a form's values set of a risk's assessment: each filled field as
 * the API takes it; on an edit (`clear`), an emptied field is null.
 */
export function assessmentOf(
  values: Record<string, string>,
  clear: boolean,
): Assessment {
  const body: Record<string, unknown> = {};
  for (const field of riskAssessmentFormFields) {
    const text = values[field.name]?.trim() ?? '';
    if (!text) {
      if (clear) body[field.name] = null;
      continue;
    }
    body[field.name] = [
      'likelihood',
      'impact',
      'singleLossExpectancy',
      'annualRateOfOccurrence',
    ].includes(field.name)
      ? numberOf(text)
      : text;
  }
  return body as Assessment;
}

/** The new risk a form's values describe. */
export function newRiskOf(values: Record<string, string>): CreateRiskRequest {
  return {
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    entityRefs: [values.entityRef],
    area: values.area as CreateRiskRequest['area'],
    ...(assessmentOf(values, false) as Partial<CreateRiskRequest>),
  };
}

/** A risk's assessment as a form's initial values. */
export function assessmentValuesOf(risk: Risk): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of riskAssessmentFormFields) {
    const value = (risk as Record<string, unknown>)[field.name];
    if (value !== undefined && value !== null)
      values[field.name] = String(value);
  }
  return values;
}
