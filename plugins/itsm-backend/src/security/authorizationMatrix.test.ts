import { monthOf } from '@backstage-itsm/plugin-itsm-common';
import { TestDatabases } from '@backstage/backend-test-utils';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ContractOperation,
  contractOperations,
} from './__testUtils__/contractOperations';
import {
  bodies,
  ContinuityKind,
  continuityCollections,
  recordsInState,
} from './__testUtils__/recordsInState';
import { impactAnalysisInReview } from './__testUtils__/impactAnalysisInReview';
import {
  Caller,
  CALLERS,
  SecurityBackend,
  startSecurityBackend,
  users,
} from './__testUtils__/startSecurityBackend';

jest.setTimeout(300_000);

/**
 * Every operation of the OpenAPI contract, called by each of the five
 * callers on a real database, with the status each must get:
 *
 *   none      no Backstage token
 *   reader    may read everything, work nothing (an auditor)
 *   stranger  a user of an unrelated team
 *   worker    the right worker: the service desk, the assignment group, the
 *             approver (see startSecurityBackend)
 *   service   a service principal (a pipeline's static token)
 *
 * The routes that act for a person (escalating, raising a priority, the
 * major incident procedure, ticking a step, subscriptions) refuse service
 * principals with 403; so do approvals (a pipeline approves nothing).
 * A bulk assignment answers 200 with a status per item: `item 403` is a
 * 200 whose only item was refused with 403.
 */
type Status =
  | 200
  | 201
  | 204
  | 400
  | 401
  | 403
  | 404
  | 409
  | 'item 200'
  | 'item 403';
type Row = [
  none: Status,
  reader: Status,
  stranger: Status,
  worker: Status,
  service: Status,
];

/** What an operation is called with: the record, the query, the body. */
type Input = {
  id?: string;
  /** The other path parameters, by name (`stepId`). */
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  type?: string;
};
type Records = ReturnType<typeof recordsInState>;
/** Each operation's expected statuses, and how it is called. */
type Rows = Record<
  string,
  {
    expect: Row;
    input?: (r: Records, s: Shared) => Promise<Input> | Input;
  }
>;

const checkout = 'component:default/checkout-service';
const q = (params: Record<string, string>) =>
  `?${new URLSearchParams(params).toString()}`;
const EMAIL = readFileSync(
  join(__dirname, '../intake/email/__fixtures__/plain.eml'),
);
const ALERT = JSON.parse(
  readFileSync(
    join(
      __dirname,
      '../intake/alertmanager/__fixtures__/high-latency-firing.json',
    ),
    'utf8',
  ),
);

/**
 * The nine shared record operations of a continuity record type (chapter
 * 9): everyone reads; only continuity managers record one (the stranger is
 * refused, naming `itsm.continuity.manage`); its owners (the checkout
 * team, the worker's) work, comment and link it. The move is one its first
 * state allows.
 */
// prettier-ignore
const continuityRows = (kind: ContinuityKind, name: string, plural: string, move: { action: string; reason: string }): Rows => ({
  [`List${plural}`]:             { expect: [401, 200, 200, 200, 200] },
  [`Create${name}`]:             { expect: [401, 403, 403, 201, 201], input: r => ({ body: r.bodyOf(kind) }) },
  [`Get${name}`]:                { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.continuity[kind] }) },
  [`Update${name}`]:             { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.continuity(kind);
    return { id: x.ref, body: { version: x.version, title: 'Reviewed with the owners' } };
  } },
  [`Transition${name}`]:         { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.continuity(kind);
    return { id: x.ref, body: { version: x.version, ...move } };
  } },
  [`Get${name}Timeline`]:        { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.continuity[kind] }) },
  [`CommentOn${name}`]:          { expect: [401, 403, 403, 201, 201], input: (_, s) => ({ id: s.continuity[kind], body: { body: 'Reviewed' } }) },
  [`List${name}Links`]:          { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.continuity[kind] }) },
  [`Link${name}`]:               { expect: [401, 403, 403, 201, 201], input: async (r, s) => ({ id: (await r.continuity(kind)).ref, body: { target: s.incident, kind: 'relates-to' } }) },
});

/**
 * The nine shared record operations of the improvement items (chapter
 * 10): everyone reads; anyone who may create records proposes one (a
 * lesson is written by whoever learnt it); the owners and the service desk
 * (the worker) work, comment and link them. An item moves once approved
 * (`start`). Training sessions have rows of their own below.
 */
// prettier-ignore
const improvementRows: Rows = {
  ListImprovementItems:          { expect: [401, 200, 200, 200, 200] },
  CreateImprovementItem:         { expect: [401, 403, 201, 201, 201], input: () => ({ body: bodies.improvement }) },
  GetImprovementItem:            { expect: [401, 200, 200, 200, 200], input: async r => ({ id: (await r.improvement()).ref }) },
  UpdateImprovementItem:         { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.improvement();
    return { id: x.ref, body: { version: x.version, title: 'Reviewed with the owners' } };
  } },
  TransitionImprovementItem:     { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.improvement('approved');
    return { id: x.ref, body: { version: x.version, action: 'start' } };
  } },
  GetImprovementItemTimeline:    { expect: [401, 200, 200, 200, 200], input: async r => ({ id: (await r.improvement()).ref }) },
  CommentOnImprovementItem:      { expect: [401, 403, 403, 201, 201], input: async r => ({ id: (await r.improvement()).ref, body: { body: 'Reviewed' } }) },
  ListImprovementItemLinks:      { expect: [401, 200, 200, 200, 200], input: async r => ({ id: (await r.improvement()).ref }) },
  LinkImprovementItem:           { expect: [401, 403, 403, 201, 201], input: async (r, s) => ({ id: (await r.improvement()).ref, body: { target: s.incident, kind: 'relates-to' } }) },
};
/** A training session of the checkout team's (§10.2.3), for its own people. */
const TRAINING = {
  title: 'Incident handover',
  description: 'How the desk hands over to the platform team',
  entityRefs: ['component:default/checkout-service'],
  process: 'incidents',
  attendees: [users.worker],
};
/** The month the report cells cover: last month. */
const LAST_MONTH = monthOf(new Date(), -1);

let releaseVersions = 0;
let alerts = 0;
let mails = 0;

// prettier-ignore
const matrix: Rows = {
  //                                       none reader stranger worker service
  GetHealth:                     { expect: [200, 200, 200, 200, 200] },
  ListIncidents:                 { expect: [401, 200, 200, 200, 200] },
  CreateIncident:                { expect: [401, 403, 201, 201, 201], input: () => ({ body: bodies.incident }) },
  CountIncidents:                { expect: [401, 200, 200, 200, 200] },
  GetIncidentStatistics:         { expect: [401, 200, 200, 200, 200] },
  BulkAssignIncidents:           { expect: [401, 'item 403', 'item 403', 'item 200', 'item 200'], input: async r => {
    const i = await r.incident();
    return { body: { assignee: 'user:default/sam.agent', items: [{ id: i.ref, version: i.version }] } };
  } },
  GetIncident:                   { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.incident }) },
  UpdateIncident:                { expect: [401, 403, 403, 200, 200], input: async r => {
    const i = await r.incident();
    return { id: i.ref, body: { version: i.version, title: 'Checkout times out on db-2' } };
  } },
  TransitionIncident:            { expect: [401, 403, 403, 200, 200], input: async r => {
    const i = await r.incident();
    return { id: i.ref, body: { version: i.version, action: 'start' } };
  } },
  EscalateIncident:              { expect: [401, 403, 403, 200, 403], input: async r => {
    const i = await r.incident();
    return { id: i.ref, body: { version: i.version, assignmentGroup: 'group:default/service-desk', supportTier: 'L2', reason: 'Needs the experts' } };
  } },
  RequestIncidentPriority:       { expect: [401, 403, 403, 200, 403], input: async r => {
    const i = await r.incident();
    return { id: i.ref, body: { version: i.version, priority: 'P2', reason: 'Spreading' } };
  } },
  DecideIncidentPriority:        { expect: [401, 403, 403, 200, 403], input: async r => {
    const i = await r.incident('raise-requested');
    return { id: i.ref, body: { version: i.version, decision: 'approve', comment: 'Go' } };
  } },
  DeclareMajorIncident:          { expect: [401, 403, 403, 200, 403], input: async r => {
    const i = await r.incident('p1');
    return { id: i.ref, body: { version: i.version, reason: 'Revenue loss' } };
  } },
  ReviewMajorIncident:           { expect: [401, 403, 403, 200, 403], input: async r => {
    const i = await r.incident('major-resolved');
    return { id: i.ref, body: { version: i.version, summary: 'Down 40 minutes', impact: 'EU card payments', timeline: '10:02 alert', rootCause: 'Release 1.4.2', followUpActions: 'Canary releases' } };
  } },
  GetIncidentTimeline:           { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.incident }) },
  CommentOnIncident:             { expect: [401, 403, 403, 201, 201], input: (_, s) => ({ id: s.incident, body: { body: 'Any news?' } }) },
  GetIncidentChanges:            { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.incident }) },
  GetSlaAgreement:               { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ entityRef: checkout }) }) },
  ListSlaReviews:                { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ entityRef: checkout }) }) },
  CreateSlaReview:               { expect: [401, 403, 403, 201, 201], input: () => ({ body: { entityRef: checkout, decision: 'keep', notes: 'Fine' } }) },
  GetSlaReport:                  { expect: [401, 200, 200, 200, 200] },
  GetIncidentSla:                { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.incident }) },
  ListIncidentLinks:             { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.incident }) },
  GetBusinessImpactAnalysisFacts:       { expect: [401, 200, 200, 200, 200], input: async (_, s) => ({ id: await s.impactAnalysis() }) },
  GetBusinessImpactAnalysisConsistency: { expect: [401, 200, 200, 200, 200], input: async (_, s) => ({ id: await s.impactAnalysis() }) },
  DecideBusinessImpactAnalysisApproval: { expect: [401, 403, 403, 200, 403], input: async (_, s) => ({ id: (await s.analysisInReview()).ref, body: { decision: 'approve' } }) },
  GetRecoveryObjectives:         { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ entityRef: checkout }) }) },
  GetContinuityCoverage:         { expect: [401, 200, 200, 200, 200] },
  GetContinuitySummary:          { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ entityRef: checkout }) }) },
  // The KPI figures (§10.1, §10.2.1) are aggregates everyone signed in reads; the drill-down lists only readable records.
  GetKpiScorecard:               { expect: [401, 200, 200, 200, 200] },
  GetKpiSeries:                  { expect: [401, 200, 200, 200, 200], input: () => ({ params: { indicatorId: 'incident-volume' }, query: q({ months: '2' }) }) },
  GetKpiBreakdown:               { expect: [401, 200, 200, 200, 200], input: () => ({ params: { indicatorId: 'incident-volume' }, query: q({ by: 'priority' }) }) },
  GetKpiRecords:                 { expect: [401, 200, 200, 200, 200], input: () => ({ params: { indicatorId: 'incident-volume' } }) },
  LinkIncident:                  { expect: [401, 403, 403, 201, 201], input: async (r, s) => ({ id: (await r.incident()).ref, body: { target: s.incident, kind: 'relates-to' } }) },
  ListProblems:                  { expect: [401, 200, 200, 200, 200] },
  CreateProblem:                 { expect: [401, 403, 201, 201, 201], input: () => ({ body: bodies.problem }) },
  ListKnownErrors:               { expect: [401, 200, 200, 200, 200] },
  GetProblem:                    { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.problem }) },
  UpdateProblem:                 { expect: [401, 403, 403, 200, 200], input: async r => {
    const p = await r.problem();
    return { id: p.ref, body: { version: p.version, title: 'Checkout times out at peak' } };
  } },
  TransitionProblem:             { expect: [401, 403, 403, 200, 200], input: async r => {
    const p = await r.problem();
    return { id: p.ref, body: { version: p.version, action: 'investigate' } };
  } },
  DecideProblemApproval:         { expect: [401, 403, 403, 200, 403], input: async r => ({ id: (await r.problem('awaiting-approval')).ref, body: { decision: 'approve' } }) },
  RecordProblemAnalysis:         { expect: [401, 403, 403, 200, 200], input: async r => {
    const p = await r.problem('investigating');
    return { id: p.ref, body: { version: p.version, workaround: 'Restart the pods' } };
  } },
  AddProblemChangeRequest:       { expect: [401, 403, 403, 201, 201], input: async r => {
    const p = await r.problem('fix');
    return { id: p.ref, body: { version: p.version, window: { start: '2026-12-02T20:00:00Z', end: '2026-12-02T21:00:00Z' }, risk: { answers: bodies.riskAnswers } } };
  } },
  TickExerciseStep:              { expect: [401, 403, 403, 409, 409], input: async r => {
    const e = await r.exercise();
    return { id: e.ref, params: { stepId: 'first' }, body: { version: e.version, status: 'done' } };
  } },
  AddExerciseFinding:            { expect: [401, 403, 403, 409, 409], input: async r => {
    const e = await r.exercise();
    return { id: e.ref, body: { version: e.version, title: 'Too slow', owner: 'group:default/payments-team', dueDate: '2027-01-31' } };
  } },
  GetIncidentContinuity:         { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.incident }) },
  InvokeContinuityPlan:          { expect: [401, 403, 403, 409, 409], input: async r => {
    const i = await r.incident();
    return { id: i.ref, body: { version: i.version, plan: 'CP-1' } };
  } },
  TickContinuityInvocationStep:  { expect: [401, 403, 403, 404, 404], input: async r => {
    const i = await r.incident();
    return { id: i.ref, params: { invocationId: 'I1', stepId: 'first' }, body: { version: i.version, status: 'done' } };
  } },
  RecordContinuityRecovery:      { expect: [401, 403, 403, 404, 404], input: async r => {
    const i = await r.incident();
    return { id: i.ref, params: { invocationId: 'I1' }, body: { version: i.version, dataLossMinutes: 0 } };
  } },
  // A plan's content is its owners' to write while it is a draft (the
  // worker's team owns checkout); a plan in review is decided by its owners
  // and a continuity manager who did not write or submit it (the worker; the
  // colleague wrote it), never by a pipeline. Measures are ticked while the
  // plan is in force.
  UpdateContinuityPlanContent:   { expect: [401, 403, 403, 200, 200], input: async r => {
    const p = await r.continuity('continuityPlan');
    return { id: p.ref, body: { version: p.version, activation: { text: 'Checkout down for 15 minutes', majorIncident: true } } };
  } },
  TickContinuityPlanMeasure:     { expect: [401, 403, 403, 200, 200], input: async r => {
    const p = await r.continuityPlan('approved');
    return { id: p.ref, params: { measureId: p.measureId }, body: { version: p.version, done: true } };
  } },
  DecideContinuityPlanApproval:  { expect: [401, 403, 403, 200, 403], input: async r => ({ id: (await r.continuityPlan('in-review')).ref, body: { decision: 'approve', comment: 'Tested last quarter' } }) },
  ListContinuityPlanVersions:    { expect: [401, 200, 200, 200, 200], input: async (_, s) => ({ id: await s.approvedPlan() }) },
  GetContinuityPlanVersion:      { expect: [401, 200, 200, 200, 200], input: async (_, s) => ({ id: await s.approvedPlan(), params: { n: '1' } }) },
  GetContinuityPlanObjectives:   { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.continuity.continuityPlan }) },
  GetProblemReport:              { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.problem }) },
  GetProblemTimeline:            { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.problem }) },
  CommentOnProblem:              { expect: [401, 403, 403, 201, 201], input: (_, s) => ({ id: s.problem, body: { body: 'Seen again' } }) },
  ListProblemLinks:              { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.problem }) },
  LinkProblem:                   { expect: [401, 403, 403, 201, 201], input: async (r, s) => ({ id: (await r.problem()).ref, body: { target: s.incident, kind: 'relates-to' } }) },
  ListChanges:                   { expect: [401, 200, 200, 200, 200] },
  CreateChange:                  { expect: [401, 403, 201, 201, 201], input: () => ({ body: bodies.change }) },
  GetChangeForm:                 { expect: [401, 200, 200, 200, 200] },
  GetChange:                     { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.change }) },
  UpdateChange:                  { expect: [401, 403, 403, 200, 200], input: async r => {
    const c = await r.change();
    return { id: c.ref, body: { version: c.version, title: 'Upgrade checkout to Node 24' } };
  } },
  TransitionChange:              { expect: [401, 403, 403, 200, 200], input: async r => {
    const c = await r.change();
    return { id: c.ref, body: { version: c.version, action: 'cancel', reason: 'Not needed' } };
  } },
  DecideChangeApproval:          { expect: [401, 403, 403, 200, 403], input: async r => ({ id: (await r.change('awaiting-approval')).ref, body: { decision: 'approve' } }) },
  UpdateChangeStep:              { expect: [401, 403, 403, 200, 403], input: async r => {
    const c = await r.change('implementing');
    return { id: c.ref, body: { version: c.version, index: 0, done: true } };
  } },
  GetChangeIncidents:            { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.change }) },
  DecideChangeIncident:          { expect: [401, 403, 403, 200, 200], input: async r => {
    const c = await r.change('now');
    return { id: c.ref, body: { incident: (await r.incident()).ref, decision: 'dismiss' } };
  } },
  GetChangeTimeline:             { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.change }) },
  CommentOnChange:               { expect: [401, 403, 403, 201, 201], input: (_, s) => ({ id: s.change, body: { body: 'Ready?' } }) },
  ListChangeLinks:               { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.change }) },
  LinkChange:                    { expect: [401, 403, 403, 201, 201], input: async (r, s) => ({ id: (await r.change()).ref, body: { target: s.incident, kind: 'relates-to' } }) },
  GetDeploymentGate:             { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ entityRef: checkout }) }) },
  ListReleases:                  { expect: [401, 200, 200, 200, 200] },
  CreateRelease:                 { expect: [401, 403, 201, 201, 201], input: () => ({ body: { ...bodies.release, releaseVersion: `3.${++releaseVersions}.0` } }) },
  ProposeReleaseWindow:          { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ entityRef: checkout }) }) },
  GetRelease:                    { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.release }) },
  UpdateRelease:                 { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.release();
    return { id: x.ref, body: { version: x.version, title: 'Checkout 2.4.2' } };
  } },
  TransitionRelease:             { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.release();
    return { id: x.ref, body: { version: x.version, action: 'cancel', reason: 'Not needed' } };
  } },
  DecideReleaseApproval:         { expect: [401, 403, 403, 200, 403], input: async r => ({ id: (await r.release('awaiting-approval')).ref, body: { decision: 'approve' } }) },
  ReplaceReleaseContents:        { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.release();
    return { id: x.ref, body: { version: x.version, contents: { artifacts: [{ name: 'image', url: 'https://registry.example.com/checkout:2', checksum: `sha256:${'ab'.repeat(32)}` }] } } };
  } },
  RecordReleaseVerification:     { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.release('approved');
    return { id: x.ref, body: { version: x.version, kind: 'function', item: 'suite', result: 'pass' } };
  } },
  AddReleaseChangeRequest:       { expect: [401, 403, 403, 201, 201], input: async r => {
    const x = await r.release('approved');
    return { id: x.ref, body: { version: x.version } };
  } },
  CheckReleasePreRelease:        { expect: [401, 403, 403, 200, 200], input: async r => {
    const x = await r.release('signed-off');
    return { id: x.ref, body: { version: x.version, check: 'backup' } };
  } },
  ReportReleasePhase:            { expect: [401, 403, 403, 200, 200], input: async r => ({ id: (await r.release('rolling-out')).ref, body: { phase: 'canary', status: 'succeeded' } }) },
  GetReleaseIncidents:           { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.release }) },
  GetReleaseTimeline:            { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.release }) },
  CommentOnRelease:              { expect: [401, 403, 403, 201, 201], input: (_, s) => ({ id: s.release, body: { body: 'Go?' } }) },
  ListReleaseLinks:              { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.release }) },
  LinkRelease:                   { expect: [401, 403, 403, 201, 201], input: async (r, s) => ({ id: (await r.release()).ref, body: { target: s.incident, kind: 'relates-to' } }) },
  GetChangeCalendar:             { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ from: '2026-12-01T00:00:00Z', to: '2026-12-31T00:00:00Z' }) }) },
  // With the address of the worker's subscription: calendar apps do not sign in.
  GetChangeCalendarFeed:         { expect: [200, 200, 200, 200, 200], input: (_, s) => ({ query: q({ token: s.feedToken }) }) },
  ListCalendarFeeds:             { expect: [401, 200, 200, 200, 403] },
  CreateCalendarFeed:            { expect: [401, 403, 201, 201, 403], input: () => ({ body: { entityRef: checkout } }) },
  // The worker's own subscription; nobody else sees it.
  DeleteCalendarFeed:            { expect: [401, 404, 404, 204, 403], input: async (_, s) => ({ id: await s.feed() }) },
  AnalyzeImpact:                 { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ entityRef: checkout }) }) },
  ListConfigurationItems:        { expect: [401, 200, 200, 200, 200] },
  GetConfigurationStatusReport:  { expect: [401, 200, 200, 200, 200] },
  ListCiChanges:                 { expect: [401, 200, 200, 200, 200] },
  // The risk register is everyone's, filtered like lists; its reports are
  // for continuity managers (the worker) and the management group.
  GetRiskRegister:               { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ scope: 'system:default/payments' }) }) },
  ListRiskReports:               { expect: [401, 403, 403, 200, 200] },
  CreateRiskReport:              { expect: [401, 403, 403, 201, 201], input: () => ({ body: { scope: 'all' } }) },
  GetRiskReport:                 { expect: [401, 403, 403, 200, 200], input: (_, s) => ({ id: s.riskReport }) },
  // Satisfaction surveys (§2.3.5): improvement managers (everyone but the
  // reader in this policy) read results; an invitation is its recipient's
  // (the worker's) alone, 404 for anyone else.
  ListSurveys:                   { expect: [401, 403, 403, 200, 200] },
  GetSurveyResults:              { expect: [401, 403, 403, 200, 200], input: () => ({ params: { surveyId: 'incident-closure' }, query: q({ period: '2026-12' }) }) },
  ListSurveyInvitations:         { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ mine: 'true' }) }) },
  GetSurveyInvitation:           { expect: [401, 404, 404, 200, 404], input: async (_, s) => ({ id: await s.surveyInvitation() }) },
  AnswerSurveyInvitation:        { expect: [401, 404, 404, 200, 404], input: async (_, s) => ({ id: await s.surveyInvitation(), body: { answers: { overall: 4 } } }) },
  ReceiveAlertmanagerNotification: { expect: [401, 403, 403, 403, 201], input: () => ({ body: { ...ALERT, groupKey: `{}:{alertname="HighLatency-${++alerts}"}` } }) },
  ReceiveEmail:                  { expect: [401, 403, 403, 403, 201], input: () => ({ type: 'message/rfc822', body: Buffer.from(EMAIL.toString().replace(/^Message-ID: .*$/m, `Message-ID: <m${++mails}@acme.example>`)) }) },
  ...continuityRows('risk', 'Risk', 'Risks', { action: 'close', reason: 'No longer applies' }),
  ...continuityRows('impactAnalysis', 'BusinessImpactAnalysis', 'BusinessImpactAnalyses', { action: 'retire', reason: 'Service retired' }),
  ...continuityRows('continuityPlan', 'ContinuityPlan', 'ContinuityPlans', { action: 'retire', reason: 'Superseded' }),
  ...continuityRows('exercise', 'Exercise', 'Exercises', { action: 'cancel', reason: 'Postponed' }),
  ...improvementRows,
  // The continual improvement plan, of the items the caller may read.
  GetImprovementPlan:            { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ year: '2027' }) }) },
  // An improvement manager (the worker) or the owning group's lead decides,
  // never the proposer (the reporter); a pipeline approves nothing.
  DecideImprovementItemApproval: { expect: [401, 403, 403, 200, 403], input: async r => ({ id: (await r.improvement()).ref, body: { decision: 'approve' } }) },
  // Its effect is measured once it is evaluated: a proposed item is a 409
  // to all who may read it.
  GetImprovementEffect:          { expect: [401, 409, 409, 409, 409], input: async r => ({ id: (await r.improvement()).ref }) },
  // A drill that interrupts service, recorded with the change request it
  // raises (the other cells work on tabletop drills, which raise none).
  CreateExercise:                { expect: [401, 403, 403, 201, 201], input: () => ({ body: bodies.failoverExercise }) },
  // Training sessions (§10.2.3): everyone reads; improvement managers (the
  // worker) record them; their owners (the checkout team, the worker's)
  // work, comment and link them.
  ListTrainingSessions:          { expect: [401, 200, 200, 200, 200] },
  CreateTrainingSession:         { expect: [401, 403, 403, 201, 201], input: () => ({ body: TRAINING }) },
  GetTrainingSession:            { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.training }) },
  UpdateTrainingSession:         { expect: [401, 403, 403, 200, 200], input: async (_, s) => {
    const x = await s.newTraining();
    return { id: x.ref, body: { version: x.version, title: 'Incident handover, part 2' } };
  } },
  TransitionTrainingSession:     { expect: [401, 403, 403, 200, 200], input: async (_, s) => {
    const x = await s.newTraining();
    return { id: x.ref, body: { version: x.version, action: 'hold', completedBy: [users.worker] } };
  } },
  GetTrainingSessionTimeline:    { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.training }) },
  CommentOnTrainingSession:      { expect: [401, 403, 403, 201, 201], input: (_, s) => ({ id: s.training, body: { body: 'Room booked' } }) },
  ListTrainingSessionLinks:      { expect: [401, 200, 200, 200, 200], input: (_, s) => ({ id: s.training }) },
  LinkTrainingSession:           { expect: [401, 403, 403, 201, 201], input: async (_, s) => ({ id: (await s.newTraining()).ref, body: { target: s.incident, kind: 'relates-to' } }) },
  GetTrainingPlan:               { expect: [401, 200, 200, 200, 200], input: () => ({ query: q({ group: 'group:default/platform-team' }) }) },
  // Monthly reports: everyone signed in reads; improvement managers generate.
  ListPeriodicReports:           { expect: [401, 200, 200, 200, 200] },
  CreatePeriodicReport:          { expect: [401, 403, 403, 201, 201], input: () => ({ body: { scope: 'portal', period: LAST_MONTH } }) },
  GetPeriodicReport:             { expect: [401, 200, 200, 200, 200], input: () => ({ params: { scope: 'portal', period: LAST_MONTH } }) },
};

/**
 * Cells that fail today because of a defect of issue 17 being fixed
 * elsewhere: `it.failing` until the fix lands, then the entry must go
 * (a cell listed here that passes fails the run).
 */
const knownDefects: Record<string, { callers: Caller[]; defect: string }> = {};

/** Records every cell only reads, made once per database. */
type Shared = {
  incident: string;
  problem: string;
  change: string;
  release: string;
  /** One record of each continuity type. */
  continuity: Record<ContinuityKind, string>;
  feedToken: string;
  /** A fresh subscription of the worker's; resolves to its id. */
  feed: () => Promise<string>;
  /** A business impact analysis of the checkout service; resolves to its ref. */
  impactAnalysis: () => Promise<string>;
  /** A fresh analysis of the checkout service awaiting the worker's approval. */
  analysisInReview: () => Promise<{ ref: string; version: number }>;
  /** A risk assessment report the worker generated. */
  riskReport: string;
  /** A fresh survey invitation of the worker's; resolves to its id. */
  surveyInvitation: () => Promise<string>;
  /** A continuity plan of checkout with its first approved version; resolves to its ref. */
  approvedPlan: () => Promise<string>;
  /** A training session of the checkout team, planned. */
  training: string;
  /** A fresh training session the worker planned. */
  newTraining: () => Promise<{ ref: string; version: number }>;
};

/** The status a caller gets (per item for a bulk assignment). */
async function statusOf(
  backend: SecurityBackend,
  op: ContractOperation,
  caller: Caller,
  input: Input,
): Promise<{ status: Status | number; message?: string }> {
  const path = `${Object.entries(input.params ?? {}).reduce(
    (p, [name, value]) => p.replace(`{${name}}`, value),
    op.path.replace('{id}', input.id ?? ''),
  )}${input.query ?? ''}`;
  let req = backend.call(caller, op.method, path);
  if (input.type) req = req.set('Content-Type', input.type);
  const res = await (input.body === undefined
    ? req
    : req.send(input.body as object));
  const status =
    op.operationId === 'BulkAssignIncidents' && res.status === 200
      ? (`item ${res.body.items[0].status}` as Status)
      : res.status;
  return { status, message: res.body?.error?.message };
}

/** Calls the operation as the caller, expecting the matrix's status. */
async function expectCell(
  backend: SecurityBackend,
  op: ContractOperation,
  caller: Caller,
  records: Records,
  shared: Shared,
) {
  const row = matrix[op.operationId];
  const input = (await row.input?.(records, shared)) ?? {};
  const got = await statusOf(backend, op, caller, input);
  // The message is there to read when the status is not.
  expect(got).toEqual({
    status: row.expect[CALLERS.indexOf(caller)],
    message: got.message,
  });
}

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe('the authorization matrix', () => {
  it('has a row for every operation of the contract, and none for an operation it lacks', () => {
    expect(Object.keys(matrix).sort()).toEqual(
      contractOperations.map(o => o.operationId).sort(),
    );
  });

  describe.each(databases.eachSupportedId())('on %p', id => {
    let backend: SecurityBackend;
    let records: Records;
    let shared: Shared;

    beforeAll(async () => {
      backend = await startSecurityBackend(databases, id);
      records = recordsInState(backend);
      const feed = async () =>
        (
          await backend.call('worker', 'post', '/calendar/feeds', {
            entityRef: checkout,
          })
        ).body;
      let analysis: string | undefined;
      let approvedPlan: string | undefined;
      shared = {
        incident: (await records.incident()).ref,
        problem: (await records.problem()).ref,
        change: (await records.change()).ref,
        release: (await records.release()).ref,
        continuity: Object.fromEntries(
          await Promise.all(
            Object.keys(continuityCollections).map(async kind => [
              kind,
              (await records.continuity(kind as ContinuityKind)).ref,
            ]),
          ),
        ),
        feedToken: new URL((await feed()).url).searchParams.get('token')!,
        feed: async () => (await feed()).id,
        impactAnalysis: async () => {
          analysis ??= (await impactAnalysisInReview(backend)).ref;
          return analysis;
        },
        analysisInReview: () => impactAnalysisInReview(backend),
        approvedPlan: async () => {
          approvedPlan ??= (await records.continuityPlan('approved')).ref;
          return approvedPlan;
        },
        surveyInvitation: async () => {
          const invitationId = randomUUID();
          await backend.knex('itsm_survey_invitations').insert({
            id: invitationId,
            survey_id: 'incident-closure',
            kind: 'after-closure',
            recipient: users.worker,
            claim_key: invitationId,
            sent_at: new Date().toISOString(),
          });
          return invitationId;
        },
        riskReport: (
          await backend.call('worker', 'post', '/risks/reports', {
            scope: 'all',
          })
        ).body.id,
        training: (await backend.call('worker', 'post', '/trainings', TRAINING))
          .body.ref,
        newTraining: async () =>
          (await backend.call('worker', 'post', '/trainings', TRAINING)).body,
      };
      await backend.call('worker', 'post', '/reports', {
        scope: 'portal',
        period: LAST_MONTH,
      });
    });

    it.each(Object.entries(continuityCollections))(
      'refuses the stranger a new %s for not managing continuity',
      async (kind, collection) => {
        const res = await backend.call(
          'stranger',
          'post',
          `/${collection}`,
          records.bodyOf(kind as ContinuityKind),
        );
        expect({
          status: res.status,
          message: res.body.error?.message,
        }).toEqual({
          status: 403,
          message: expect.stringContaining('itsm.continuity.manage'),
        });
      },
    );

    it('lets the owners of a continuity record work it: a group owner is its assignment group, a user owner its assignee', async () => {
      const plan = await backend.call('worker', 'post', '/continuity-plans', {
        ...bodies.continuityPlan,
        owner: 'group:default/web-team',
      });
      expect(plan.body.assignmentGroup).toBe('group:default/web-team');
      const edited = await backend.call(
        'stranger',
        'patch',
        `/continuity-plans/${plan.body.ref}`,
        { version: plan.body.version, title: 'Web storefront fallback' },
      );
      expect(edited.status).toBe(200);

      // Rated, so it may be marked assessed.
      const risk = await backend.call('worker', 'post', '/risks', {
        ...bodies.risk,
        likelihood: 3,
        impact: 4,
        owner: users.reporter,
      });
      expect(risk.body.assignee).toBe(users.reporter);
      const move = (who: 'reporter' | 'stranger') =>
        backend.call(who, 'post', `/risks/${risk.body.ref}/transitions`, {
          version: risk.body.version,
          action: 'assess',
        });
      expect((await move('stranger')).status).toBe(403);
      expect((await move('reporter')).body.state).toBe('assessed');
    });

    const cells = contractOperations.flatMap(op =>
      CALLERS.map((caller, column) => ({
        op,
        caller,
        expected: matrix[op.operationId]?.expect[column],
      })),
    );
    describe.each(cells.map(c => [c.op.operationId, c.caller, c] as const))(
      '%s as %s',
      (operationId, caller, { op, expected }) => {
        const defect = knownDefects[operationId];
        const test = defect?.callers.includes(caller) ? it.failing : it;
        test(`answers ${expected}`, () =>
          expectCell(backend, op, caller, records, shared));
      },
    );
  });
});
