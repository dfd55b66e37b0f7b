import { incidentWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { StoredRecord } from '../../core/model/recordModel';
import {
  planMajorDeclaration,
  planPostIncidentReview,
} from './planMajorIncident';
import { planTransition } from '../../core/domain/planTransition';

const actor = 'user:default/olivia.ops';
const now = '2026-11-28T11:00:00.000Z';

const record = (overrides: Partial<StoredRecord> = {}) =>
  aStoredRecord({
    number: 9,
    title: 'Payments down',
    state: 'in_progress',
    priority: 'P1',
    version: 2,
    ...overrides,
  });

const review = {
  summary: 'Payments failed for 40 minutes',
  impact: 'All EU card payments',
  timeline: '10:02 alert; 10:10 P1; 10:42 rollback',
  rootCause: 'Release 1.4.2 broke the tokeniser',
  followUpActions: 'Canary releases for the tokeniser',
};

const major = { declaredBy: actor, declaredAt: now, reason: 'Revenue loss' };

describe('the major incident procedure', () => {
  it('declares a P1 major, with a reason', () => {
    const plan = planMajorDeclaration({
      record: record(),
      reason: 'Revenue loss',
      actor,
      now,
    });
    expect(plan.set.fields).toEqual({ major });
    expect(plan.event).toMatchObject({
      kind: 'escalated',
      data: { type: 'major' },
    });
  });

  it.each([
    [
      record({ priority: 'P2' }),
      'Revenue loss',
      /Only a P1 incident can be declared major; INC-9 is P2/,
    ],
    [record({ fields: { major } }), 'again', /already a major incident/],
    [
      record({ state: 'closed' }),
      'late',
      /INC-9 is closed: only an incident still being worked/,
    ],
    [
      record({ state: 'resolved' }),
      'late',
      /INC-9 is resolved: only an incident still being worked/,
    ],
    [record(), ' ', /reason is required/],
  ])('refuses to declare %#', (r, reason, message) => {
    expect(() =>
      planMajorDeclaration({ record: r, reason, actor, now }),
    ).toThrow(message);
  });

  it('does not let a major incident close before its review, and lets it close after', () => {
    const resolved = record({
      state: 'resolved',
      fields: { major, resolution: 'r', cause: 'c', verification: 'v' },
    });
    const close = (r: StoredRecord) =>
      planTransition({
        workflow: incidentWorkflow,
        record: r,
        input: { action: 'close', version: r.version },
        roles: ['reporter'],
        actor: r.reportedBy,
        now,
      });
    expect(() => close(resolved)).toThrow(
      'A major incident cannot close before its post-incident review',
    );
    const reviewed = planPostIncidentReview({
      record: resolved,
      input: review,
      actor,
      now,
    });
    expect(reviewed.event).toEqual({ kind: 'reviewed', actor, data: review });
    expect(close({ ...resolved, fields: reviewed.set.fields! }).set.state).toBe(
      'closed',
    );
  });

  it('reviews only resolved major incidents, with every part', () => {
    expect(() =>
      planPostIncidentReview({ record: record(), input: review, actor, now }),
    ).toThrow('INC-9 is not a major incident');
    expect(() =>
      planPostIncidentReview({
        record: record({ fields: { major } }),
        input: review,
        actor,
        now,
      }),
    ).toThrow('The post-incident review follows the resolution');
    expect(() =>
      planPostIncidentReview({
        record: record({ state: 'resolved', fields: { major } }),
        input: { ...review, rootCause: '' },
        actor,
        now,
      }),
    ).toThrow('rootCause is required for a post-incident review');
  });
});
