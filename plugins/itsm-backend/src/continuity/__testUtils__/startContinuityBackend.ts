import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import {
  ProcessTestBackend,
  startProcessTestBackend,
} from '../../__testUtils__/startProcessTestBackend';
import { paymentsPlatform } from '../../__testUtils__/paymentsPlatform';

/** Carla manages continuity (`itsm.continuity.manage`). */
export const carla = 'user:default/carla.continuity';
/** Paula leads the payments team, which owns the payments services. */
export const paula = 'user:default/paula.lead';
/** Wes is an engineer of another team. */
export const wes = 'user:default/wes.web';
/** Rita reads records but works none (itsm.record.update denied). */
export const rita = 'user:default/rita.reader';

/** Mia is a continuity manager too, so Carla's work has a second pair of eyes. */
export const mia = 'user:default/mia.manager';

/** The groups each user is a member of. */
const memberships: Record<string, string[]> = {
  [carla]: ['group:default/continuity-managers'],
  [mia]: ['group:default/continuity-managers'],
  [paula]: ['group:default/payments-team', 'group:default/continuity-board'],
  [wes]: [],
  [rita]: [],
};

/** Paula is a member of the continuity board, the management group. */
export const continuityBoard = 'group:default/continuity-board';

/** The payments platform, its people and their groups. */
export const continuityEntities = [
  ...paymentsPlatform,
  ...[carla, paula, wes, mia, rita].map(ref => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1], namespace: 'default' },
    spec: {},
    relations: memberships[ref].map(group => ({
      type: 'memberOf',
      targetRef: group,
    })),
  })),
  ...['payments-team', 'continuity-managers', 'continuity-board'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  })),
];

/**
 * The whole plugin on a test database (SQLite or PostgreSQL) for the
 * continuity route tests, with the payments platform in the catalog
 * (startProcessTestBackend).
 */
export async function startContinuityBackend(
  databases: TestDatabases,
  id: TestDatabaseId,
  itsmConfig: JsonObject = {},
): Promise<ProcessTestBackend> {
  return startProcessTestBackend(databases, id, {
    entities: continuityEntities,
    people: {
      memberships,
      managePermission: 'itsm.continuity.manage',
      managers: [carla],
      reader: rita,
    },
    itsmConfig,
  });
}
