import { ResponseError } from '@backstage/errors';
import { Change, Incident, Release } from '@backstage-itsm/plugin-itsm-common';
import { ItsmApi } from '../api/ItsmApi';

/** An ItsmApi whose every method is a jest mock. */
export function mockItsmApi(): jest.Mocked<ItsmApi> {
  return {
    listIncidents: jest.fn(),
    countIncidents: jest.fn(),
    getIncident: jest.fn(),
    createIncident: jest.fn(),
    transitionIncident: jest.fn(),
    updateIncident: jest.fn(),
    commentOnIncident: jest.fn(),
    getIncidentTimeline: jest.fn(),
    bulkAssignIncidents: jest.fn(),
    getIncidentStatistics: jest.fn(),
    // Most incidents in tests are under no agreement, with no known error.
    listKnownErrors: jest.fn().mockResolvedValue({ items: [] }),
    getIncidentSla: jest.fn().mockResolvedValue({ items: [] }),
    listProblems: jest.fn().mockResolvedValue({ items: [] }),
    getProblem: jest.fn(),
    createProblem: jest.fn(),
    transitionProblem: jest.fn(),
    recordProblemAnalysis: jest.fn(),
    decideProblem: jest.fn(),
    addProblemChangeRequest: jest.fn(),
    listProblemLinks: jest.fn().mockResolvedValue({ items: [] }),
    commentOnProblem: jest.fn(),
    getProblemTimeline: jest.fn(),
    downloadProblemReport: jest.fn(),
    getSlaReport: jest.fn(),
    getSlaAgreement: jest.fn(),
    listSlaReviews: jest.fn(),
    reviewSla: jest.fn(),
    listIncidentLinks: jest.fn(),
    linkIncident: jest.fn(),
    escalateIncident: jest.fn(),
    requestIncidentPriority: jest.fn(),
    decideIncidentPriority: jest.fn(),
    declareMajorIncident: jest.fn(),
    reviewIncident: jest.fn(),
    analyzeImpact: jest.fn(),
    listCiChanges: jest.fn(),
    listConfigurationItems: jest.fn(),
    getConfigurationReport: jest.fn(),
    listChanges: jest.fn(),
    getChange: jest.fn(),
    listChangeLinks: jest.fn(),
    createChange: jest.fn(),
    transitionChange: jest.fn(),
    decideChange: jest.fn(),
    updateChangeStep: jest.fn(),
    getChangeIncidents: jest.fn(),
    getIncidentChanges: jest.fn(),
    decideChangeIncident: jest.fn(),
    commentOnChange: jest.fn(),
    getChangeTimeline: jest.fn(),
    getChangeForm: jest.fn(),
    listReleases: jest.fn(),
    getRelease: jest.fn(),
    createRelease: jest.fn(),
    proposeReleaseWindow: jest.fn(),
    transitionRelease: jest.fn(),
    decideRelease: jest.fn(),
    addReleaseChangeRequest: jest.fn(),
    recordReleaseVerification: jest.fn(),
    checkReleasePreRelease: jest.fn(),
    reportReleasePhase: jest.fn(),
    getReleaseIncidents: jest.fn(),
    commentOnRelease: jest.fn(),
    getReleaseTimeline: jest.fn(),
    getChangeCalendar: jest.fn(),
    downloadChangeCalendar: jest.fn(),
    listCalendarFeeds: jest.fn(),
    createCalendarFeed: jest.fn(),
    deleteCalendarFeed: jest.fn(),
    listContinuityRecords: jest.fn(),
    getContinuityRecord: jest.fn(),
    createContinuityRecord: jest.fn(),
    updateContinuityRecord: jest.fn(),
    transitionContinuityRecord: jest.fn(),
    getContinuityTimeline: jest.fn(),
    commentOnContinuityRecord: jest.fn(),
    updateContinuityPlanContent: jest.fn(),
    tickContinuityPlanMeasure: jest.fn(),
    decideContinuityPlanApproval: jest.fn(),
    listContinuityPlanVersions: jest.fn(),
    getContinuityPlanVersion: jest.fn(),
    getContinuityPlanObjectives: jest.fn(),
    getImpactAnalysisFacts: jest.fn(),
    getImpactAnalysisConsistency: jest.fn(),
    decideImpactAnalysisApproval: jest.fn(),
    getRecoveryObjectives: jest.fn(),
    getContinuityCoverage: jest.fn(),
    getRiskRegister: jest.fn(),
    listRiskReports: jest.fn(),
    createRiskReport: jest.fn(),
    getRiskReport: jest.fn(),
    tickExerciseStep: jest.fn(),
    addExerciseFinding: jest.fn(),
    getIncidentContinuity: jest.fn(),
    invokeContinuityPlan: jest.fn(),
    tickContinuityStep: jest.fn(),
    recordContinuityRecovery: jest.fn(),
    getContinuitySummary: jest.fn(),
  };
}

/** A normal, low-risk change with sensible defaults. */
export function aChange(overrides: Partial<Change> = {}): Change {
  return {
    id: 'chg-id-1',
    ref: 'CHG-1',
    type: 'change',
    version: 1,
    state: 'draft',
    title: 'Upgrade checkout to Node 22',
    description: 'New base image',
    priority: 'P4',
    entityRefs: ['component:default/payments'],
    model: 'normal',
    changeType: 'system',
    reason: 'Node 20 leaves support',
    window: {
      start: '2026-12-02T20:00:00.000Z',
      end: '2026-12-02T22:00:00.000Z',
    },
    plan: [{ title: 'Roll out', done: false }],
    backoutPlan: 'Previous tag',
    testPlan: 'Smoke test',
    risk: { level: 'low', computed: 'low', score: 0 },
    reportedBy: 'user:default/jane',
    createdBy: 'user:default/jane',
    createdAt: new Date(Date.now() - 5 * 60 * 1000).toISOString(),
    updatedAt: new Date(Date.now() - 5 * 60 * 1000).toISOString(),
    ...overrides,
  };
}

/** A planned release of a component with sensible defaults. */
export function aRelease(overrides: Partial<Release> = {}): Release {
  const ref = overrides.ref ?? 'REL-1';
  return {
    id: `id-${ref}`,
    ref,
    type: 'release',
    version: 1,
    state: 'planned',
    title: 'Checkout',
    description: '',
    priority: 'P4',
    entityRefs: ['component:default/checkout'],
    entityRef: 'component:default/checkout',
    releaseVersion: '1.0.0',
    versionScheme: 'semver',
    goals: ['fix'],
    phases: [],
    contents: {
      artifacts: [],
      configurationFiles: [],
      documents: [],
      fixes: [],
    },
    reportedBy: 'user:default/rita.release',
    createdBy: 'user:default/rita.release',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

/** An incident with sensible defaults. */
export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'id-1',
    ref: 'INC-1',
    type: 'incident',
    version: 1,
    state: 'new',
    title: 'Checkout fails',
    description: 'Every payment is refused',
    priority: 'P3',
    entityRefs: ['component:default/payments'],
    createdBy: 'user:default/jane',
    createdAt: new Date(Date.now() - 5 * 60 * 1000).toISOString(),
    updatedAt: new Date(Date.now() - 5 * 60 * 1000).toISOString(),
    ...overrides,
  };
}

/** The error ItsmClient rejects with when the server answers `status`. */
export function aResponseError(
  status: number,
  name: string,
  message: string,
  /** More of the body, e.g. `current`, the record a stale version missed. */
  extra: object = {},
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
        ...extra,
      }),
      {
        status,
        statusText: name,
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}
