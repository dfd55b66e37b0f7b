import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { monthOf } from '@backstage-itsm/plugin-itsm-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { itsmPlugin } from '../plugin';
import { spec } from '../schema/openapi.generated';
import { intakeCatalog } from '../intake/__testUtils__/intakeCatalog';
import alertmanagerFiring from '../intake/alertmanager/__fixtures__/high-latency-firing.json';

jest.setTimeout(120_000);

/**
 * Every write of the contract is an auditor event. The operations come
 * from the contract (every method but GET), so a new write fails here until
 * it has a probe below and emits an event.
 *
 * A probe sends the operation a request the contract accepts, so that it
 * reaches its use case: one the contract refuses (a 400 from the validator)
 * never reaches code that could audit it, and is not a write. The use case
 * may succeed or refuse (a 404, 409 or 422 is an audited, refused write);
 * either way the request must produce an auditor event that carries the
 * request (so the event names the caller) and is completed as a success or
 * a failure. The probes run in the contract's order on one backend (on
 * SQLite: this is about the HTTP wiring, not the store), each on the
 * record's current version.
 */

const HEADER = 'x-audit-probe';

const SERVICE_HEADER = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:alertmanager'),
  targetPluginId: 'itsm',
});

const entityRef = 'component:default/checkout-service';

const report = {
  title: 'Checkout returns 502',
  description: 'Since 10:02 every payment fails',
  entityRefs: [entityRef],
  priority: 'P3',
};

const problem = {
  title: 'Checkout times out under load',
  description: 'Three incidents this week',
  entityRefs: [entityRef],
  category: 'software',
};

const window = {
  start: '2026-12-02T20:00:00Z',
  end: '2026-12-02T22:00:00Z',
};

const risk = {
  answers: {
    customerFacing: 'no',
    downtime: 'no',
    data: 'no',
    untested: 'no',
    noBackout: 'no',
    reach: 'none',
  },
};

const change = {
  title: 'Upgrade checkout',
  description: 'New base image',
  entityRefs: [entityRef],
  model: 'normal',
  changeType: 'system',
  reason: 'Node 20 leaves support',
  window,
  plan: [{ title: 'Roll out' }],
  backoutPlan: 'Previous tag',
  testPlan: 'Smoke test',
  risk,
};

const release = {
  title: 'Checkout 2.4.1',
  description: 'Tariff rounding fix',
  entityRefs: [entityRef],
  releaseVersion: '2.4.1',
  goals: ['fix'],
  window: { start: '2026-12-08T20:00:00Z', end: '2026-12-08T22:00:00Z' },
  risk,
};

/** A continuity record of each type (chapter 9). */
const continuityRecords = {
  risk: {
    title: 'Single database host',
    description: 'No replica',
    entityRefs: [entityRef],
    area: 'hardware',
  },
  impactAnalysis: {
    title: 'Checkout',
    description: 'What an outage costs',
    entityRefs: [entityRef],
  },
  plan: {
    title: 'Checkout continuity plan',
    description: 'Second site',
    entityRefs: [entityRef],
  },
  // A tabletop drill: one that interrupts service raises a change request.
  exercise: {
    title: 'Tabletop: checkout lost',
    description: 'Quarterly drill',
    entityRefs: [entityRef],
    kind: 'tabletop',
  },
};

/** A user of the catalog who attends the training sessions. */
const trainee = 'user:default/tess.trainee';

/** An improvement item and a training session (chapter 10). */
const improvementRecords = {
  improvement: {
    title: 'Runbook for checkout timeouts',
    description: 'Fewer escalations',
    entityRefs: [entityRef],
  },
  training: {
    title: 'Incident handover',
    description: 'How the desk hands over',
    entityRefs: [entityRef],
    process: 'incidents',
    attendees: [trainee],
  },
};

/** The records the probes work on, made before the probes run. */
type Records = {
  improvement: string;
  training: string;
  incident: string;
  problem: string;
  change: string;
  release: string;
  risk: string;
  impactAnalysis: string;
  plan: string;
  exercise: string;
  feed: string;
};

/** A request to one operation; `body` may use the record's version. */
type Probe = {
  params?: (records: Records) => Record<string, string>;
  body?: (ctx: { records: Records; version: number }) => unknown;
  /** The record whose version the body sends. */
  versionOf?: keyof Records;
  contentType?: string;
  authorization?: string;
};

/** A request on the record, with its current version and `body`. */
const onRecord =
  (key: Exclude<keyof Records, 'feed'>) =>
  (body: object = {}): Probe => ({
    params: r => ({ id: r[key] }),
    versionOf: key,
    body: ({ version }) => ({ version, ...body }),
  });
const onIncident = onRecord('incident');
const onProblem = onRecord('problem');
const onChange = onRecord('change');
const onRelease = onRecord('release');
const plain = (key: Exclude<keyof Records, 'feed'>, body: unknown): Probe => ({
  params: r => ({ id: r[key] }),
  body: () => body,
});

/**
 * The probes of the shared record routes' writes of a continuity type:
 * create, update, a move its first state allows, comment and link.
 */
const continuityProbes = (
  key: keyof typeof continuityRecords,
  name: string,
  move: object,
): Record<string, Probe> => ({
  [`Create${name}`]: { body: () => continuityRecords[key] },
  [`Update${name}`]: onRecord(key)({ title: 'Reviewed with the owners' }),
  [`Transition${name}`]: onRecord(key)(move),
  [`CommentOn${name}`]: plain(key, { body: 'Reviewed' }),
  [`Link${name}`]: {
    params: r => ({ id: r[key] }),
    body: ({ records }) => ({ target: records.incident, kind: 'relates-to' }),
  },
});

/** The probes of the shared record routes' writes of an improvement type. */
const improvementProbes = (
  key: keyof typeof improvementRecords,
  name: string,
  move: object,
): Record<string, Probe> => ({
  [`Create${name}`]: { body: () => improvementRecords[key] },
  [`Update${name}`]: onRecord(key)({ title: 'Reviewed with the owners' }),
  [`Transition${name}`]: onRecord(key)(move),
  [`CommentOn${name}`]: plain(key, { body: 'Reviewed' }),
  [`Link${name}`]: {
    params: r => ({ id: r[key] }),
    body: ({ records }) => ({ target: records.incident, kind: 'relates-to' }),
  },
});

const probes: Record<string, Probe> = {
  ...improvementProbes('improvement', 'ImprovementItem', { action: 'start' }),
  ...improvementProbes('training', 'TrainingSession', { action: 'hold' }),
  DecideImprovementItemApproval: plain('improvement', { decision: 'approve' }),
  CreateIncident: { body: () => report },
  BulkAssignIncidents: {
    versionOf: 'incident',
    body: ({ records, version: v }) => ({
      items: [{ id: records.incident, version: v }],
      assignmentGroup: 'group:default/payments-team',
    }),
  },
  UpdateIncident: onIncident({ title: 'Checkout returns 502 for EU cards' }),
  TransitionIncident: onIncident({ action: 'start' }),
  EscalateIncident: onIncident({
    assignmentGroup: 'group:default/dba-team',
    reason: 'The ledger database is slow',
  }),
  RequestIncidentPriority: onIncident({
    priority: 'P1',
    reason: 'Every payment fails',
  }),
  DecideIncidentPriority: onIncident({
    decision: 'reject',
    comment: 'Only EU cards fail',
  }),
  DeclareMajorIncident: onIncident({ reason: 'Every payment fails' }),
  ReviewMajorIncident: onIncident({
    summary: 'Payments failed',
    impact: 'One hour',
    timeline: '10:02 to 11:02',
    rootCause: 'A bad release',
    followUpActions: 'Canary releases',
  }),
  CommentOnIncident: plain('incident', { body: 'Customers confirm' }),
  CreateSlaReview: {
    body: () => ({ entityRef, decision: 'keep', notes: 'Targets are met' }),
  },
  CreateRiskReport: { body: () => ({ scope: 'all' }) },
  // Nobody's invitation: the refusal (404) is audited.
  AnswerSurveyInvitation: {
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    body: () => ({ answers: { overall: 4 } }),
  },
  LinkIncident: {
    params: r => ({ id: r.incident }),
    body: ({ records }) => ({ target: records.problem, kind: 'relates-to' }),
  },
  CreateProblem: { body: () => problem },
  UpdateProblem: onProblem({ title: 'Checkout times out under any load' }),
  TransitionProblem: onProblem({ action: 'start' }),
  DecideProblemApproval: plain('problem', { decision: 'approve' }),
  DecideBusinessImpactAnalysisApproval: plain('impactAnalysis', {
    decision: 'approve',
  }),
  UpdateContinuityPlanContent: onRecord('plan')({
    activation: { text: 'Checkout down for 15 minutes' },
  }),
  // A plan without measures: the refusal (404) is audited.
  TickContinuityPlanMeasure: {
    params: r => ({ id: r.plan, measureId: 'first' }),
    versionOf: 'plan',
    body: ({ version }) => ({ version, done: true }),
  },
  // A draft: the refusal (409, not in review) is audited.
  DecideContinuityPlanApproval: plain('plan', { decision: 'approve' }),
  RecordProblemAnalysis: onProblem({ workaround: 'Restart the pods' }),
  AddProblemChangeRequest: onProblem({}),
  TickExerciseStep: {
    params: () => ({ id: 'EX-404', stepId: 'first' }),
    body: () => ({ version: 1, status: 'done' }),
  },
  AddExerciseFinding: {
    params: () => ({ id: 'EX-404' }),
    body: () => ({
      version: 1,
      title: 'Failover too slow',
      owner: 'group:default/payments-team',
      dueDate: '2027-01-31',
    }),
  },
  InvokeContinuityPlan: onIncident({ plan: 'CP-1' }),
  TickContinuityInvocationStep: {
    params: r => ({ id: r.incident, invocationId: 'I1', stepId: 'first' }),
    versionOf: 'incident',
    body: ({ version }) => ({ version, status: 'done' }),
  },
  RecordContinuityRecovery: {
    params: r => ({ id: r.incident, invocationId: 'I1' }),
    versionOf: 'incident',
    body: ({ version }) => ({ version }),
  },
  CommentOnProblem: plain('problem', { body: 'Seen again' }),
  LinkProblem: {
    params: r => ({ id: r.problem }),
    body: ({ records }) => ({ target: records.incident, kind: 'relates-to' }),
  },
  CreateChange: { body: () => change },
  UpdateChange: onChange({ title: 'Upgrade checkout to Node 22' }),
  TransitionChange: onChange({ action: 'submit' }),
  DecideChangeApproval: plain('change', { decision: 'approve' }),
  UpdateChangeStep: onChange({ index: 0, done: true }),
  DecideChangeIncident: {
    params: r => ({ id: r.change }),
    body: ({ records }) => ({
      incident: records.incident,
      decision: 'dismiss',
    }),
  },
  CommentOnChange: plain('change', { body: 'Window agreed' }),
  LinkChange: {
    params: r => ({ id: r.change }),
    body: ({ records }) => ({ target: records.incident, kind: 'relates-to' }),
  },
  CreateRelease: { body: () => ({ ...release, releaseVersion: '2.4.2' }) },
  UpdateRelease: onRelease({ title: 'Checkout 2.4.1, rounding' }),
  TransitionRelease: onRelease({ action: 'request_approval' }),
  DecideReleaseApproval: plain('release', { decision: 'approve' }),
  ReplaceReleaseContents: onRelease({ contents: { fixes: [] } }),
  RecordReleaseVerification: onRelease({
    kind: 'function',
    item: 'function suite',
    result: 'pass',
  }),
  AddReleaseChangeRequest: onRelease({}),
  CheckReleasePreRelease: onRelease({ check: 'environment' }),
  ReportReleasePhase: plain('release', { phase: 'canary', status: 'started' }),
  CommentOnRelease: plain('release', { body: 'Canary looks fine' }),
  LinkRelease: {
    params: r => ({ id: r.release }),
    body: ({ records }) => ({ target: records.change, kind: 'relates-to' }),
  },
  CreateCalendarFeed: { body: () => ({ entityRef }) },
  DeleteCalendarFeed: { params: r => ({ id: r.feed }) },
  ReceiveAlertmanagerNotification: {
    authorization: SERVICE_HEADER,
    body: () => alertmanagerFiring,
  },
  ...continuityProbes('risk', 'Risk', { action: 'assess' }),
  ...continuityProbes('impactAnalysis', 'BusinessImpactAnalysis', {
    action: 'submit',
  }),
  ...continuityProbes('plan', 'ContinuityPlan', { action: 'submit' }),
  ...continuityProbes('exercise', 'Exercise', { action: 'start' }),
  CreatePeriodicReport: {
    body: () => ({ scope: 'portal', period: monthOf(new Date(), -1) }),
  },
  ReceiveEmail: {
    authorization: SERVICE_HEADER,
    contentType: 'message/rfc822',
    body: () =>
      fs.readFileSync(
        path.join(__dirname, '../intake/email/__fixtures__/plain.eml'),
      ),
  },
};

/** The contract's writes: every operation but a GET. */
const writes = Object.entries(spec.paths).flatMap(([route, item]) =>
  Object.entries(item as Record<string, { operationId?: string }>)
    .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({
      route,
      method: method as 'post' | 'put' | 'patch' | 'delete',
      operationId: operation.operationId!,
    })),
);

const collection: Record<Exclude<keyof Records, 'feed'>, string> = {
  incident: 'incidents',
  problem: 'problems',
  change: 'changes',
  release: 'releases',
  risk: 'risks',
  impactAnalysis: 'business-impact-analyses',
  plan: 'continuity-plans',
  exercise: 'exercises',
  improvement: 'improvements',
  training: 'trainings',
};

describe('auditor events of the contract', () => {
  const auditor = mockServices.auditor.mock();
  let server: any;
  let records: Records;

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        itsmPlugin,
        catalogServiceMock.factory({
          entities: [
            ...intakeCatalog,
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'User',
              metadata: { name: 'tess.trainee', namespace: 'default' },
              spec: {},
            },
          ],
        }),
        mockServices.database.factory(),
        auditor.factory,
      ],
    }));
    const made = async (route: string, body: object) => {
      const res = await request(server).post(`/api/itsm/${route}`).send(body);
      expect(res.status).toBe(201);
      return res.body;
    };
    records = {
      incident: (await made('incidents', report)).ref,
      problem: (await made('problems', problem)).ref,
      change: (await made('changes', change)).ref,
      release: (await made('releases', release)).ref,
      risk: (await made('risks', continuityRecords.risk)).ref,
      impactAnalysis: (
        await made('business-impact-analyses', continuityRecords.impactAnalysis)
      ).ref,
      plan: (await made('continuity-plans', continuityRecords.plan)).ref,
      exercise: (await made('exercises', continuityRecords.exercise)).ref,
      feed: (await made('calendar/feeds', { entityRef })).id,
      improvement: (await made('improvements', improvementRecords.improvement))
        .ref,
      training: (await made('trainings', improvementRecords.training)).ref,
    };
  });

  it('has a probe for every write of the contract, and nothing else', () => {
    expect(writes.length).toBeGreaterThan(40);
    expect(Object.keys(probes).sort()).toEqual(
      writes.map(w => w.operationId).sort(),
    );
  });

  it.each(writes.map(w => [w.operationId, w] as const))(
    '%s emits an auditor event',
    async (operationId, { route, method }) => {
      const probe = probes[operationId];
      expect(probe).toBeDefined();
      const params = probe.params?.(records) ?? {};
      const url = `/api/itsm${route.replace(/\{(\w+)\}/g, (_, name) => {
        expect(params[name]).toBeDefined();
        return encodeURIComponent(params[name]);
      })}`;
      let current = 0;
      if (probe.versionOf && probe.versionOf !== 'feed') {
        const res = await request(server).get(
          `/api/itsm/${collection[probe.versionOf]}/${
            records[probe.versionOf]
          }`,
        );
        current = res.body.version;
      }
      let req = request(server)[method](url).set(HEADER, operationId);
      if (probe.authorization) {
        req = req.set('Authorization', probe.authorization);
      }
      if (probe.contentType) {
        req = req.set('Content-Type', probe.contentType);
      }
      const body = probe.body?.({ records, version: current });
      const res = await (body === undefined ? req : req.send(body as object));

      // The contract accepted it (its validator's 400s name `request/...`):
      // the use case saw it.
      const message: string = res.body?.error?.message ?? '';
      expect(
        res.status === 400 && /^request\//.test(message) ? message : '',
      ).toBe('');
      const events = auditor.createEvent.mock.calls
        .map(([options], index) => ({ options, index }))
        .filter(({ options }) => options.request?.get(HEADER) === operationId);
      // The status shows in the diff when no event was emitted.
      expect({ status: res.status, audited: events.length > 0 }).toEqual({
        status: res.status,
        audited: true,
      });
      for (const { index } of events) {
        const event = await auditor.createEvent.mock.results[index].value;
        expect(
          event.success.mock.calls.length + event.fail.mock.calls.length,
        ).toBe(1);
      }
    },
  );
});
