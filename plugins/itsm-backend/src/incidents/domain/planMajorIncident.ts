import {
  incidentWorkflow,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError } from '@backstage/errors';
import { PlannedChange, StoredRecord } from '../../core/model/recordModel';

/** What a post-incident review records (§3.3.3). */
export type PostIncidentReview = {
  summary: string;
  impact: string;
  timeline: string;
  rootCause: string;
  followUpActions: string;
};

const reviewFields: (keyof PostIncidentReview)[] = [
  'summary',
  'impact',
  'timeline',
  'rootCause',
  'followUpActions',
];

/**
 * Declares a P1 incident a major incident: it gets the major incident
 * procedure, and it cannot close before its post-incident review.
 */
export function planMajorDeclaration(options: {
  record: StoredRecord;
  reason?: string;
  actor: string;
  now: string;
}): PlannedChange {
  const { record, actor, now } = options;
  const reason = options.reason?.trim();
  if (!reason) {
    throw new InputError('reason is required');
  }
  if (record.priority !== 'P1') {
    throw new ConflictError(
      `Only a P1 incident can be declared major; ${record.ref} is ${record.priority}`,
    );
  }
  if (record.fields.major) {
    throw new ConflictError(`${record.ref} is already a major incident`);
  }
  if (
    !(incidentWorkflow.openStates as readonly string[]).includes(record.state)
  ) {
    throw new ConflictError(
      `${record.ref} is ${stateLabel(
        'incident',
        record.state,
      ).toLocaleLowerCase(
        'en-US',
      )}: only an incident still being worked can be declared major`,
    );
  }
  return {
    expectedState: record.state,
    set: {
      fields: {
        ...record.fields,
        major: { declaredBy: actor, declaredAt: now, reason },
      },
    },
    event: {
      kind: 'escalated',
      actor,
      data: { type: 'major', reason },
    },
  };
}

/**
 * Records the post-incident review of a major incident, once it is
 * resolved: every part is required.
 */
export function planPostIncidentReview(options: {
  record: StoredRecord;
  input: Partial<PostIncidentReview>;
  actor: string;
  now: string;
}): PlannedChange {
  const { record, input, actor, now } = options;
  if (!record.fields.major) {
    throw new ConflictError(
      `${record.ref} is not a major incident: only major incidents have a post-incident review`,
    );
  }
  if (record.state !== 'resolved') {
    throw new ConflictError(
      `The post-incident review follows the resolution; ${record.ref} is not resolved`,
    );
  }
  const review: Record<string, string> = {};
  for (const field of reviewFields) {
    const text = input[field]?.trim();
    if (!text) {
      throw new InputError(`${field} is required for a post-incident review`);
    }
    review[field] = text;
  }
  const continuity = continuityOfReview(record.fields.continuityInvocations);
  return {
    expectedState: record.state,
    set: {
      fields: {
        ...record.fields,
        review: {
          ...review,
          reviewedBy: actor,
          reviewedAt: now,
          ...(continuity.length ? { continuity } : {}),
        },
      },
    },
    event: { kind: 'reviewed', actor, data: review },
  };
}

/**
 * The continuity plans invoked for the incident (kept in its fields by the
 * continuity process) as its review links to them: which plan, when, and
 * the recovery measured against the RTO and RPO.
 */
function continuityOfReview(invocations: unknown): Record<string, unknown>[] {
  if (!Array.isArray(invocations)) return [];
  return invocations.map((i: any) => {
    const m = i.measurement ?? {};
    const picked: Record<string, unknown> = {
      plan: i.plan,
      invocationId: i.id,
      invokedAt: i.invokedAt,
      recoveredAt: i.recoveredAt,
      recoveryMinutes: i.recoveredAt ? m.recoveryMinutes : undefined,
      rtoMinutes: i.objectives?.rtoMinutes,
      withinRto: m.withinRto,
      dataLossMinutes: i.dataLossMinutes,
      rpoMinutes: i.objectives?.rpoMinutes,
      withinRpo: m.withinRpo,
    };
    return Object.fromEntries(
      Object.entries(picked).filter(([, v]) => v !== undefined),
    );
  });
}
