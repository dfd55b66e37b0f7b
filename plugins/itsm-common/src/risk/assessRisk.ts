/**
 * Risk levels of a change or release, lowest first.
 *
 * @public
 */
export const riskLevels = ['low', 'medium', 'high'] as const;

/** @public */
export type RiskLevel = (typeof riskLevels)[number];

/** @public */
export const riskLevelLabels: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** @public */
export function isRiskLevel(value: unknown): value is RiskLevel {
  return (riskLevels as readonly unknown[]).includes(value);
}

/**
 * One question of a risk questionnaire. Without `options` it is a yes/no
 * question and a yes adds `weight`; with them, the chosen option's weight
 * is added.
 *
 * @public
 */
export type RiskQuestion = {
  id: string;
  text: string;
  weight?: number;
  options?: readonly { value: string; label: string; weight: number }[];
};

/**
 * The questions and the scores from which a risk is medium or high.
 *
 * @public
 */
export type RiskQuestionnaire = {
  questions: readonly RiskQuestion[];
  thresholds: { medium: number; high: number };
};

/**
 * The questionnaire used unless `itsm.risk` configures another.
 *
 * @public
 */
export const defaultRiskQuestionnaire: RiskQuestionnaire = {
  questions: [
    {
      id: 'customerFacing',
      text: 'Does it touch a service customers use directly?',
      weight: 3,
    },
    { id: 'downtime', text: 'Does it need downtime?', weight: 3 },
    {
      id: 'data',
      text: 'Does it change stored data (a migration, a schema)?',
      weight: 2,
    },
    {
      id: 'untested',
      text: 'Is it untested in an environment like production?',
      weight: 2,
    },
    {
      id: 'noBackout',
      text: 'Is the backout plan untested or impossible?',
      weight: 3,
    },
    {
      id: 'reach',
      text: 'How many services depend on what it changes?',
      options: [
        { value: 'none', label: 'None', weight: 0 },
        { value: 'few', label: 'A few (1-5)', weight: 1 },
        { value: 'many', label: 'Many (more than 5)', weight: 3 },
      ],
    },
  ],
  thresholds: { medium: 4, high: 8 },
};

/**
 * What the requester answers and states: `yes`/`no` or an option's value
 * per question; optionally a risk of their own, with a reason when it is
 * lower than the questionnaire's.
 *
 * @public
 */
export type RiskInput = {
  answers: Record<string, string>;
  stated?: RiskLevel;
  statedReason?: string;
};

/**
 * A scored risk: the questionnaire's level, the requester's, and the one
 * that counts (the higher of the two).
 *
 * @public
 */
export type RiskAssessment = {
  answers: Record<string, string>;
  score: number;
  computed: RiskLevel;
  stated?: RiskLevel;
  statedReason?: string;
  level: RiskLevel;
};

/** @public */
export type RiskResult =
  | { ok: true; assessment: RiskAssessment }
  | { ok: false; field: string; reason: string };

const rank = (level: RiskLevel) => riskLevels.indexOf(level);

/** The weight an answer adds, or undefined when it is not a valid answer. */
function weightOf(question: RiskQuestion, answer: string): number | undefined {
  if (question.options) {
    return question.options.find(o => o.value === answer)?.weight;
  }
  if (answer === 'yes') return question.weight ?? 1;
  if (answer === 'no') return 0;
  return undefined;
}

/**
 * Scores a risk questionnaire. Every question must be answered; the level
 * that counts is the higher of the questionnaire's and the requester's. A
 * requester may state a lower risk only with a reason, and even then the
 * questionnaire's level counts (the reason is there for the assessor).
 *
 * @public
 */
export function assessRisk(
  questionnaire: RiskQuestionnaire,
  input: RiskInput,
): RiskResult {
  const known = new Set(questionnaire.questions.map(q => q.id));
  for (const id of Object.keys(input.answers)) {
    if (!known.has(id)) {
      return {
        ok: false,
        field: `risk.answers.${id}`,
        reason: `risk.answers.${id}: there is no such question; the questions are ${[
          ...known,
        ].join(', ')}`,
      };
    }
  }
  let score = 0;
  for (const question of questionnaire.questions) {
    const field = `risk.answers.${question.id}`;
    const answer = input.answers[question.id];
    if (answer === undefined || answer === '') {
      return {
        ok: false,
        field,
        reason: `${field}: answer '${question.text}'`,
      };
    }
    const weight = weightOf(question, answer);
    if (weight === undefined) {
      const allowed = question.options?.map(o => o.value) ?? ['yes', 'no'];
      return {
        ok: false,
        field,
        reason: `${field} must be one of ${allowed.join(
          ', ',
        )}, not '${answer}'`,
      };
    }
    score += weight;
  }
  const { medium, high } = questionnaire.thresholds;
  let computed: RiskLevel = 'low';
  if (score >= high) computed = 'high';
  else if (score >= medium) computed = 'medium';
  const { stated } = input;
  const statedReason = input.statedReason?.trim() || undefined;
  if (stated !== undefined && !isRiskLevel(stated)) {
    return {
      ok: false,
      field: 'risk.stated',
      reason: `risk.stated must be one of ${riskLevels.join(', ')}`,
    };
  }
  if (stated && rank(stated) < rank(computed) && !statedReason) {
    return {
      ok: false,
      field: 'risk.statedReason',
      reason: `risk.statedReason: say why the risk is ${stated} when the questionnaire gives ${computed}`,
    };
  }
  const level = stated && rank(stated) > rank(computed) ? stated : computed;
  return {
    ok: true,
    assessment: {
      answers: { ...input.answers },
      score,
      computed,
      ...(stated ? { stated } : {}),
      ...(statedReason ? { statedReason } : {}),
      level,
    },
  };
}
