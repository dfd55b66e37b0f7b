import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import {
  SurveyDefinition,
  SurveyQuestion,
  SurveyScale,
} from '../domain/surveyDefinition';

/** The satisfaction surveys (§2.3.5) and how they are sent, from config. */
export type SurveySettings = {
  surveys: SurveyDefinition[];
  /** An overall rating at or below this opens a follow-up (default 2). */
  lowScore: number;
  /** How often the sending task looks for closed incidents (default 15 minutes). */
  frequency: HumanDuration;
};

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const scales: SurveyScale[] = ['rating', 'yes-no', 'text'];

function readQuestion(config: Config, key: string): SurveyQuestion {
  const id = config.getString('id');
  if (!ID.test(id)) {
    throw new Error(
      `${key}.id must be lower-case letters, digits and dashes, not '${id}'`,
    );
  }
  const scale = config.getString('scale') as SurveyScale;
  if (!scales.includes(scale)) {
    throw new Error(
      `${key}.scale must be one of ${scales.join(', ')}, not '${scale}'`,
    );
  }
  return {
    id,
    text: config.getString('text'),
    scale,
    required: config.getOptionalBoolean('required') ?? scale !== 'text',
  };
}

function readSurvey(config: Config, key: string): SurveyDefinition {
  const id = config.getString('id');
  if (!ID.test(id)) {
    throw new Error(
      `${key}.id must be lower-case letters, digits and dashes, not '${id}'`,
    );
  }
  const kind = config.getString('kind');
  if (kind !== 'after-closure' && kind !== 'periodic') {
    throw new Error(
      `${key}.kind must be after-closure or periodic, not '${kind}'`,
    );
  }
  const questions = config
    .getConfigArray('questions')
    .map((q, i) => readQuestion(q, `${key}.questions[${i}]`));
  if (questions.length === 0) {
    throw new Error(`${key}.questions must hold at least one question`);
  }
  if (new Set(questions.map(q => q.id)).size !== questions.length) {
    throw new Error(`${key}.questions must have distinct ids`);
  }
  const samplingRate = config.getOptionalNumber('samplingRate') ?? 1;
  if (!(samplingRate >= 0 && samplingRate <= 1)) {
    throw new Error(`${key}.samplingRate must be from 0 to 1`);
  }
  const onePerPersonPer = config.getOptionalNumber('onePerPersonPer') ?? 30;
  if (!(Number.isInteger(onePerPersonPer) && onePerPersonPer >= 1)) {
    throw new Error(`${key}.onePerPersonPer must be a whole number of days`);
  }
  const overallQuestionId = config.getOptionalString('overallQuestion');
  if (
    overallQuestionId !== undefined &&
    !questions.some(q => q.id === overallQuestionId && q.scale === 'rating')
  ) {
    throw new Error(`${key}.overallQuestion must name a rating question`);
  }
  const refs = (name: string, kindOf: string) =>
    (config.getOptionalStringArray(name) ?? []).map(ref => {
      const normalized = normalizeEntityRef(ref, `${key}.${name}`, kindOf);
      if (kindOf === 'group' && !normalized.startsWith('group:')) {
        throw new Error(`${key}.${name} must list groups, not '${ref}'`);
      }
      return normalized;
    });
  const services = refs('services', 'component');
  const groups = refs('groups', 'group');
  const schedule = config.getOptionalString('schedule');
  if (kind === 'periodic') {
    if (schedule !== undefined && schedule !== 'monthly') {
      throw new Error(`${key}.schedule must be monthly, not '${schedule}'`);
    }
    if (services.length === 0) {
      throw new Error(`${key}.services must name the services asked about`);
    }
  }
  return {
    id,
    title: config.getString('title'),
    kind,
    questions,
    samplingRate,
    onePerPersonPer,
    ...(overallQuestionId ? { overallQuestionId } : {}),
    services,
    groups,
    ...(kind === 'periodic' ? { schedule: 'monthly' as const } : {}),
  };
}

/**
 * The survey settings, `itsm.improvement.surveys`: `definitions` (each
 * with id, title, kind `after-closure` or `periodic`, questions with id,
 * text and scale `rating`, `yes-no` or `text`, `samplingRate` 0..1,
 * `onePerPersonPer` days, and for periodic ones `services`, `groups` and
 * `schedule: monthly`), `lowScore` (default 2) and `frequency` (default 15
 * minutes). A bad value stops the plugin at start with the setting's name.
 */
export function readSurveySettings(config: Config): SurveySettings {
  const key = 'itsm.improvement.surveys';
  const surveys = config.getOptionalConfig(key);
  const definitions = (
    surveys?.getOptionalConfigArray('definitions') ?? []
  ).map((c, i) => readSurvey(c, `${key}.definitions[${i}]`));
  if (new Set(definitions.map(d => d.id)).size !== definitions.length) {
    throw new Error(`${key}.definitions must have distinct ids`);
  }
  const lowScore = surveys?.getOptionalNumber('lowScore') ?? 2;
  if (!(lowScore >= 0 && lowScore <= 5)) {
    throw new Error(`${key}.lowScore must be a rating from 0 to 5`);
  }
  return {
    surveys: definitions,
    lowScore,
    frequency: surveys?.has('frequency')
      ? readDurationFromConfig(surveys, { key: 'frequency' })
      : { minutes: 15 },
  };
}
