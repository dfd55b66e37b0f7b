import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  defaultPriorityMatrix,
  defaultRiskQuestionnaire,
} from '@backstage-itsm/plugin-itsm-common';
import { ChangeSettings } from '../changes/domain/planChangeIntake';
import { ChangeWorkflowPlanner } from '../changes/services/ChangeWorkflowPlanner';
import { ALWAYS } from '../sla/domain/businessTime';
import { ChangeConflictChecker } from '../changes/services/ChangeConflictChecker';
import { CatalogWindowReader } from '../changes/catalog/CatalogWindowReader';
import { WindowDefinition } from '../changes/domain/expandWindow';
import { ImpactAnalysisService } from '../cmdb/services/ImpactAnalysisService';
import { InputError } from '@backstage/errors';
import { EntityLookup } from '../core/catalog/EntityLookup';
import { DatabaseRecordStore } from '../core/database/DatabaseRecordStore';
import { StoredRecord } from '../core/database/RecordStore';
import { changeIntakePlanner } from '../changes/changeIntakePlanner';
import { incidentIntakePlanner } from '../incidents/incidentIntakePlanner';
import {
  planIncidentEdit,
  planSupportTier,
} from '../incidents/domain/planIncidentEdit';
import { problemIntakePlanner } from '../problems/problemIntakePlanner';
import { EditPlanner } from '../core/services/recordProcessHooks';
import { incidentMoveFields } from '../incidents/domain/incidentMoveFields';
import { problemMoveFields } from '../problems/domain/problemMoveFields';
import { changeMoveFields } from '../changes/domain/changeMoveFields';
import { releaseMoveFields } from '../releases/domain/releaseMoveFields';
import { DefaultRecordService } from '../core/services/DefaultRecordService';
import { RecordNotifier } from '../core/services/DefaultRecordNotifier';
import { RecordChangePublisher } from '../core/services/RecordChangePublisher';
import {
  CreateRecordInput,
  RequestContext,
} from '../core/services/RecordService';

/**
 * A DefaultRecordService on a fresh SQLite database, with a fake catalog of
 * two entities, a mocked auditor and publisher, and a clock that ticks a
 * minute per call. Callers that need PostgreSQL too use the store tests.
 */
export const pat = mockCredentials.user('user:default/pat.engineer');
export const ctx: RequestContext = { credentials: pat };

const catalog: Record<string, string> = {
  'component:default/checkout-service': 'group:default/payments-team',
  'resource:default/payments-db': 'group:default/dba-team',
};

/** The members of the fake catalog's groups. */
export const members: Record<string, string[]> = {
  'group:default/cab': [
    'user:default/olivia.ops',
    'user:default/nina.network',
    'user:default/dan.dba',
  ],
  'group:default/payments-team': [
    'user:default/paula.lead',
    'user:default/pat.engineer',
  ],
};

/** The leads the fake catalog names (§3.3.2). */
export const leads: Record<string, string> = {
  'group:default/payments-team': 'user:default/paula.lead',
  'group:default/service-desk': 'user:default/sofia.desk',
};

/** The catalog as the service sees it: knows two entities and their owners. */
export function fakeEntities(): jest.Mocked<EntityLookup> {
  return {
    resolve: jest.fn(async (refs: string[], { field }) => {
      const normalised = refs.map(r =>
        r.includes('/') ? r : r.replace(':', ':default/'),
      );
      normalised.forEach((ref, i) => {
        if (!catalog[ref]) {
          throw new InputError(
            `${field}[${i}] '${refs[i]}' is not in the catalog`,
          );
        }
      });
      const unique = [...new Set(normalised)];
      return {
        entityRefs: unique,
        supportGroups: [],
        owners: unique.map(entityRef => ({
          entityRef,
          ownerRef: catalog[entityRef],
        })),
      };
    }),
    resolvePeople: jest.fn(async (people, _options) => people),
    slaSubjects: jest.fn(async (refs: string[], _options) =>
      Object.fromEntries(
        refs.filter(ref => catalog[ref]).map(ref => [ref, {}]),
      ),
    ),
    partsOf: jest.fn(async (_systemRef: string, _options) => [] as string[]),
    groupMembers: jest.fn(
      async (groupRef: string, _options) => members[groupRef] ?? [],
    ),
    groupLead: jest.fn(
      async (groupRef: string, _options): Promise<string | undefined> =>
        leads[groupRef],
    ),
    owners: jest.fn(async (refs: string[], _options) =>
      refs.flatMap(entityRef =>
        catalog[entityRef] ? [{ entityRef, ownerRef: catalog[entityRef] }] : [],
      ),
    ),
  };
}

export const report = {
  title: 'Checkout returns 500',
  description: 'Since 10:02 every payment fails',
  priority: 'P2' as const,
  entityRefs: ['component:checkout-service'],
};

/** How the tests' changes are approved: owners all, a CAB quorum of two. */
export const changeSettings: ChangeSettings = {
  managerGroup: 'group:default/it-operations',
  cab: { group: 'group:default/cab', rule: { kind: 'quorum', count: 2 } },
  emergencyCab: { group: 'group:default/cab', rule: { kind: 'any' } },
  ownerRule: { kind: 'all' },
  acceptanceMinutes: 2 * 24 * 60,
  riskQuestionnaire: defaultRiskQuestionnaire,
  windows: [],
  correlationMinutes: 24 * 60,
  standardChanges: [
    {
      id: 'restart-pod',
      title: 'Restart a pod',
      description: 'Rolling restart of one deployment',
      changeType: 'system',
      plan: [{ title: 'kubectl rollout restart', done: false }],
      backoutPlan: 'None needed',
      testPlan: 'Health checks pass',
    },
  ],
};

/** What the fake impact analysis finds depending on any entity. */
export const dependent = {
  entityRef: 'component:default/storefront',
  kind: 'Component',
  title: 'Storefront',
  ciClass: 'software/service',
  depth: 1,
  path: ['component:default/checkout-service', 'component:default/storefront'],
  owners: ['group:default/web-team'],
};

/** The incidents' intake settings of the tests. */
export const intake = {
  priorityMatrix: defaultPriorityMatrix,
  serviceDeskGroup: 'group:default/service-desk',
};

/** What edits add, as the processes register it (see createIncidentModule). */
export function editPlanners(
  serviceDeskGroup: string,
): Record<'incident' | 'problem' | 'change' | 'release', EditPlanner> {
  const tier: EditPlanner = ({ edit }) =>
    planSupportTier(edit, serviceDeskGroup);
  return {
    incident: ({ record, edit }) =>
      planIncidentEdit({ record, edit, serviceDeskGroup }),
    problem: tier,
    change: tier,
    release: tier,
  };
}

/** The fields of each type's own moves, as the processes declare them. */
export const moveFields = {
  incident: incidentMoveFields,
  problem: problemMoveFields,
  change: changeMoveFields,
  release: releaseMoveFields,
};

export async function setupRecordService(
  databases: TestDatabases,
  databaseId: TestDatabaseId = 'SQLITE_3',
  extras: { notifier?: RecordNotifier } = {},
) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseRecordStore.create({ knex });
  const entities = fakeEntities();
  const windowReader = {
    windowsFor: jest.fn(async (refs: string[]) => ({
      scopes: Object.fromEntries(refs.map(ref => [ref, [ref]])),
      windows: [] as WindowDefinition[],
      problems: [] as string[],
      missing: [] as string[],
    })),
  };
  const impact = {
    analyze: jest.fn(async ({ entityRefs }: { entityRefs: string[] }) => ({
      roots: [],
      missing: [],
      impacted: [dependent],
      edges: [],
      stakeholders: [
        ...entityRefs.map(ref => catalog[ref]).filter(Boolean),
        ...dependent.owners,
      ],
      maxDepth: 5,
      truncated: false,
    })),
  } as unknown as jest.Mocked<ImpactAnalysisService>;
  const auditor = mockServices.auditor.mock();
  const publish = jest.fn(async (_record: StoredRecord) => {});
  const publisher = { publish } as unknown as RecordChangePublisher;
  let clock = Date.parse('2026-11-28T10:00:00.000Z');
  const settings = { ...changeSettings, windows: [...changeSettings.windows] };
  const conflicts = new ChangeConflictChecker({
    windows: settings.windows,
    windowReader: windowReader as unknown as CatalogWindowReader,
    impact,
    store,
  });
  const service = new DefaultRecordService({
    store,
    entities,
    auditor,
    publisher,
    editPlanners: editPlanners(intake.serviceDeskGroup),
    moveFields,
    intakePlanners: {
      incident: incidentIntakePlanner(entities, intake),
      problem: problemIntakePlanner(intake),
      change: changeIntakePlanner(changeSettings),
    },
    transitionPlanners: {
      change: new ChangeWorkflowPlanner({
        settings: changeSettings,
        impact,
        entities,
        store,
        conflicts,
        sla: {
          agreements: [
            {
              id: 'payments-gold',
              name: 'Payments Gold',
              entityRefs: ['component:default/checkout-service'],
              systemRefs: [],
              categories: [],
              objectives: { P1: { restore: 240, calendar: ALWAYS } },
            },
          ],
          calendars: new Map([[ALWAYS.id, ALWAYS]]),
          onBreach: { action: 'none' },
        },
      }).plan,
    },
    now: () => new Date((clock += 60_000)),
    notifier: extras.notifier,
  });

  /** Every audit event so far: what was asked, and how it ended. */
  async function audits() {
    return Promise.all(
      auditor.createEvent.mock.calls.map(async ([options], i) => {
        const event = await auditor.createEvent.mock.results[i].value;
        return {
          eventId: options.eventId,
          meta: options.meta,
          success: event.success.mock.calls.map((c: any[]) => c[0]),
          fail: event.fail.mock.calls.map((c: any[]) => c[0]),
        };
      }),
    );
  }

  async function reported(overrides: Partial<CreateRecordInput> = {}) {
    return (await service.create('incident', { ...report, ...overrides }, ctx))
      .record;
  }

  return {
    knex,
    store,
    entities,
    impact,
    conflicts,
    windowReader,
    /** Freeze and maintenance windows the configuration defines. */
    windows: settings.windows,
    auditor,
    publish,
    service,
    audits,
    reported,
    now: () => new Date(clock),
    /** Moves the clock on, e.g. past a deadline. */
    advance: (ms: number) => {
      clock += ms;
    },
  };
}
