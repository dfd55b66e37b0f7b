import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { defaultPriorityMatrix } from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { EntityLookup } from '../catalog/EntityLookup';
import { DatabaseRecordStore } from '../database/DatabaseRecordStore';
import { StoredRecord } from '../database/RecordStore';
import { DefaultRecordService } from '../services/DefaultRecordService';
import { RecordChangePublisher } from '../services/RecordChangePublisher';
import { CreateRecordInput, RequestContext } from '../services/RecordService';

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
    partsOf: jest.fn(async (_systemRef: string, _options) => [] as string[]),
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

export async function setupRecordService(databases: TestDatabases) {
  const knex = await databases.init('SQLITE_3');
  const store = await DatabaseRecordStore.create({ knex });
  const entities = fakeEntities();
  const auditor = mockServices.auditor.mock();
  const publish = jest.fn(async (_record: StoredRecord) => {});
  const publisher = { publish } as unknown as RecordChangePublisher;
  let clock = Date.parse('2026-11-28T10:00:00.000Z');
  const service = new DefaultRecordService({
    store,
    entities,
    auditor,
    publisher,
    incidentIntake: {
      priorityMatrix: defaultPriorityMatrix,
      serviceDeskGroup: 'group:default/service-desk',
    },
    now: () => new Date((clock += 60_000)),
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

  return { knex, store, entities, auditor, publish, service, audits, reported };
}
