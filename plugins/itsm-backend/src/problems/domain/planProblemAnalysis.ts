import {
  checkRootCause,
  isKnownError,
  problemWorkflow,
  RootCause,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError } from '@backstage/errors';
import {
  StoredRecord,
  UpdateRecordOptions,
} from '../../core/model/recordModel';
import { requiredText } from '../../core/domain/intakeChecks';
import { checkHttpUrl } from '../../releases';

/** What an investigation records (§4.2); each part optional. */
export type ProblemAnalysisInput = {
  investigation?: {
    logExcerpts?: string;
    environment?: string;
    stepsToReproduce?: string;
    links?: { title?: string; url?: string }[];
  };
  rootCause?: RootCause;
  /** How to get around it meanwhile; blank clears it. */
  workaround?: string;
  businessImpact?: string;
  risk?: string;
};

const MAX_TEXT = 20_000;
const MAX_LINKS = 20;

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new InputError(`${field} must be text`);
  if (value.length > MAX_TEXT) {
    throw new InputError(`${field} has at most ${MAX_TEXT} characters`);
  }
  return value.trim();
}

function planInvestigation(
  value: NonNullable<ProblemAnalysisInput['investigation']>,
) {
  const links = value.links ?? [];
  if (links.length > MAX_LINKS) {
    throw new InputError(
      `investigation.links has at most ${MAX_LINKS} entries`,
    );
  }
  return {
    ...(value.logExcerpts !== undefined
      ? { logExcerpts: text(value.logExcerpts, 'investigation.logExcerpts') }
      : {}),
    ...(value.environment !== undefined
      ? { environment: text(value.environment, 'investigation.environment') }
      : {}),
    ...(value.stepsToReproduce !== undefined
      ? {
          stepsToReproduce: text(
            value.stepsToReproduce,
            'investigation.stepsToReproduce',
          ),
        }
      : {}),
    links: links.map((link, i) => ({
      title: requiredText(link.title, `investigation.links[${i}].title`),
      url: checkHttpUrl(link.url, `investigation.links[${i}].url`),
    })),
  };
}

/** A field's value as the timeline shows it: text shortened, the rest "recorded". */
function summary(value: unknown): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string') {
    return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  }
  return 'recorded';
}

/**
 * An edit of a problem's investigation and analysis (§4.2) while it is
 * open: notes with log excerpts, environment, steps to reproduce and
 * links to dashboards and logs; the structured root cause; the
 * workaround; business impact and risk. With a root cause and a
 * workaround it is a known error (`knownError`, kept for lookups).
 */
export function planProblemAnalysis(options: {
  record: StoredRecord;
  input: ProblemAnalysisInput;
  actor: string;
}): Pick<UpdateRecordOptions, 'expectedState' | 'set' | 'event'> {
  const { record, input, actor } = options;
  if (!problemWorkflow.openStates.includes(record.state as never)) {
    throw new ConflictError(
      `${record.ref} is ${stateLabel('problem', record.state).toLocaleLowerCase(
        'en-US',
      )}: its analysis can no longer change`,
    );
  }
  const changes: Record<string, unknown> = {};
  if (input.investigation !== undefined) {
    changes.investigation = planInvestigation(input.investigation);
  }
  if (input.rootCause !== undefined) {
    const invalid = checkRootCause(input.rootCause);
    if (invalid) throw new InputError(invalid);
    changes.rootCause = input.rootCause;
  }
  for (const key of ['workaround', 'businessImpact', 'risk'] as const) {
    if (input[key] !== undefined) changes[key] = text(input[key], key);
  }
  if (Object.keys(changes).length === 0) {
    throw new InputError(
      'Say what to record: investigation, rootCause, workaround, businessImpact or risk',
    );
  }
  const fields = { ...record.fields, ...changes };
  fields.knownError = isKnownError(fields);
  return {
    expectedState: record.state,
    set: { fields },
    event: {
      kind: 'updated',
      actor,
      data: {
        changes: Object.keys(changes).map(field => ({
          field,
          from: summary(record.fields[field]),
          to: summary(changes[field]),
        })),
        ...(fields.knownError && !record.fields.knownError
          ? { knownError: true }
          : {}),
      },
    },
  };
}
