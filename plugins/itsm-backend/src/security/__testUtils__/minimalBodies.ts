import { aRelease } from '../../releases/__testUtils__/startReleaseBackend';

/*
 * The rows of the contract test (router/contract.test.ts): for each
 * operation with a JSON body, a body of exactly the fields the contract
 * requires, with values the route takes. A new operation needs its row.
 */

/** Replaced by the record's current version when the row is sent. */
export const CURRENT = -1;

const window = { start: '2026-12-02T20:00:00Z', end: '2026-12-02T22:00:00Z' };
export const checkout = 'component:default/checkout-service';

/**
 * A body of exactly the fields the contract requires, per operation with a
 * JSON body, with values the route takes; or why the operation is left to
 * its own tests.
 */
/** A body the route refuses for a value, not a missing field: why. */
export type RefusedValue = {
  refusedValue: string;
  body: Record<string, unknown>;
};

export const minimalBodies: Record<
  string,
  Record<string, unknown> | { skip: string } | RefusedValue
> = {
  CreateIncident: {
    title: 'Checkout fails',
    description: 'HTTP 500',
    entityRefs: [checkout],
    priority: 'P2',
  },
  BulkAssignIncidents: {
    items: [{ id: 'INC-1', version: CURRENT }],
    assignmentGroup: 'group:default/payments-team',
  },
  UpdateIncident: { version: CURRENT },
  TransitionIncident: { action: 'start', version: CURRENT },
  EscalateIncident: {
    version: CURRENT,
    assignmentGroup: 'group:default/dba-team',
    reason: 'Needs the DBAs',
  },
  RequestIncidentPriority: {
    version: CURRENT,
    priority: 'P1',
    reason: 'All down',
  },
  DecideIncidentPriority: {
    version: CURRENT,
    decision: 'reject',
    comment: 'Not that bad',
  },
  DeclareMajorIncident: { version: CURRENT, reason: 'All payments fail' },
  ReviewMajorIncident: {
    version: CURRENT,
    summary: 's',
    impact: 'i',
    timeline: 't',
    rootCause: 'r',
    followUpActions: 'f',
  },
  CommentOnIncident: { body: 'Looking' },
  CreateSlaReview: { entityRef: checkout, decision: 'keep', notes: 'Fine' },
  CreateRiskReport: {},
  AnswerSurveyInvitation: { answers: {} },
  LinkIncident: { target: 'PRB-1', kind: 'relates-to' },
  CreateProblem: {
    title: 'Pool exhausted',
    description: 'Timeouts',
    entityRefs: [checkout],
    category: 'software',
  },
  UpdateProblem: { version: CURRENT },
  TransitionProblem: { action: 'investigate', version: CURRENT },
  DecideProblemApproval: { decision: 'approve' },
  UpdateContinuityPlanContent: {
    version: CURRENT,
    activation: { text: 'Checkout down for 15 minutes' },
  },
  TickContinuityPlanMeasure: { version: CURRENT, done: true },
  DecideContinuityPlanApproval: { decision: 'approve' },
  DecideBusinessImpactAnalysisApproval: { decision: 'approve' },
  RecordProblemAnalysis: { version: CURRENT, workaround: 'Restart the pod' },
  AddProblemChangeRequest: { version: CURRENT },
  // No exercise in the contract test's records: its 404 is the answer.
  TickExerciseStep: { version: 1, status: 'done' },
  AddExerciseFinding: {
    version: 1,
    title: 'Failover too slow',
    owner: 'group:default/payments-team',
    dueDate: '2027-01-31',
  },
  InvokeContinuityPlan: { version: CURRENT, plan: 'CP-1' },
  TickContinuityInvocationStep: { version: CURRENT, status: 'done' },
  RecordContinuityRecovery: { version: CURRENT },
  CommentOnProblem: { body: 'Looking' },
  LinkProblem: { target: 'INC-1', kind: 'relates-to' },
  CreateChange: {
    title: 'Upgrade checkout',
    description: 'Node 22',
    entityRefs: [checkout],
    model: 'normal',
    changeType: 'system',
    reason: 'Node 20 leaves support',
    window,
    plan: [{ title: 'Roll out' }],
    backoutPlan: 'Previous tag',
    testPlan: 'Smoke test',
    risk: {
      answers: {
        customerFacing: 'no',
        downtime: 'no',
        data: 'no',
        untested: 'no',
        noBackout: 'no',
        reach: 'none',
      },
    },
  },
  UpdateChange: { version: CURRENT },
  TransitionChange: { action: 'submit', version: CURRENT },
  DecideChangeApproval: { decision: 'approve' },
  UpdateChangeStep: { index: 0, done: true, version: CURRENT },
  DecideChangeIncident: {
    refusedValue: 'INC-1 was not suggested as caused by CHG-1',
    body: { incident: 'INC-1', decision: 'dismiss' },
  },
  CommentOnChange: { body: 'Looking' },
  LinkChange: { target: 'INC-1', kind: 'relates-to' },
  CreateRelease: {
    title: aRelease.title,
    description: aRelease.description,
    entityRefs: aRelease.entityRefs,
    releaseVersion: '2.5.0',
    goals: aRelease.goals,
    window: aRelease.window,
    risk: aRelease.risk,
  },
  UpdateRelease: { version: CURRENT },
  TransitionRelease: { action: 'request_approval', version: CURRENT },
  DecideReleaseApproval: { decision: 'approve' },
  ReplaceReleaseContents: { version: CURRENT, contents: {} },
  RecordReleaseVerification: {
    version: CURRENT,
    kind: 'function',
    item: 'Smoke test',
    result: 'pass',
  },
  AddReleaseChangeRequest: { version: CURRENT },
  CheckReleasePreRelease: { version: CURRENT, check: 'backout' },
  ReportReleasePhase: { phase: 'canary', status: 'done' },
  CommentOnRelease: { body: 'Looking' },
  LinkRelease: { target: 'CHG-1', kind: 'relates-to' },
  CreateCalendarFeed: {},
  // No improvement item in the contract test's records: its 404 is the
  // answer of the rows with an id.
  CreateImprovementItem: {
    title: 'Runbook for checkout timeouts',
    description: 'Fewer escalations',
    entityRefs: [checkout],
  },
  UpdateImprovementItem: { version: 1 },
  TransitionImprovementItem: { action: 'start', version: 1 },
  CommentOnImprovementItem: { body: 'Looking' },
  LinkImprovementItem: { target: 'INC-1', kind: 'relates-to' },
  DecideImprovementItemApproval: { decision: 'approve' },
  CreateRisk: {
    title: 'Single database host',
    description: 'No replica',
    entityRefs: [checkout],
    area: 'hardware',
  },
  UpdateRisk: { version: CURRENT },
  TransitionRisk: { action: 'assess', version: CURRENT },
  CommentOnRisk: { body: 'Looking' },
  LinkRisk: { target: 'INC-1', kind: 'relates-to' },
  CreateBusinessImpactAnalysis: {
    title: 'Checkout',
    description: 'Outage costs',
    entityRefs: [checkout],
  },
  UpdateBusinessImpactAnalysis: { version: CURRENT },
  TransitionBusinessImpactAnalysis: { action: 'submit', version: CURRENT },
  CommentOnBusinessImpactAnalysis: { body: 'Looking' },
  LinkBusinessImpactAnalysis: { target: 'RSK-1', kind: 'relates-to' },
  CreateContinuityPlan: {
    title: 'Checkout continuity plan',
    description: 'Second site',
    entityRefs: [checkout],
  },
  UpdateContinuityPlan: { version: CURRENT },
  TransitionContinuityPlan: { action: 'submit', version: CURRENT },
  CommentOnContinuityPlan: { body: 'Looking' },
  LinkContinuityPlan: { target: 'BIA-1', kind: 'relates-to' },
  // A tabletop drill: one that interrupts service needs its window and risk
  // answers (the contract's `if`), and raises a change request.
  CreateExercise: {
    title: 'Tabletop: checkout lost',
    description: 'Quarterly',
    entityRefs: [checkout],
    kind: 'tabletop',
  },
  UpdateExercise: { version: CURRENT },
  TransitionExercise: { action: 'start', version: CURRENT },
  CommentOnExercise: { body: 'Looking' },
  LinkExercise: { target: 'CP-1', kind: 'relates-to' },
  CreateTrainingSession: {
    refusedValue: 'a training session names its process and its attendees',
    body: { title: 'Handover', description: '', entityRefs: [] },
  },
  UpdateTrainingSession: { version: CURRENT },
  TransitionTrainingSession: { action: 'hold', version: CURRENT },
  CommentOnTrainingSession: { body: 'Looking' },
  LinkTrainingSession: { target: 'INC-1', kind: 'relates-to' },
  CreatePeriodicReport: { scope: 'portal', period: '2026-11' },
  ReceiveAlertmanagerNotification: {
    skip: 'service principals only, with intake configured: alertmanager tests',
  },
};
