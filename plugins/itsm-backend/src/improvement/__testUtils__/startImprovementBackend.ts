import { BackendFeature } from '@backstage/backend-plugin-api';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import {
  ProcessTestBackend,
  startProcessTestBackend,
} from '../../__testUtils__/startProcessTestBackend';
import { paymentsPlatform } from '../../__testUtils__/paymentsPlatform';

/** Iris manages continual improvement (`itsm.improvement.manage`). */
export const iris = 'user:default/iris.improvement';
/** Milo manages continual improvement too: a second pair of eyes for Iris. */
export const milo = 'user:default/milo.manager';
/** Paula leads the payments team, which owns the payments services. */
export const paula = 'user:default/paula.lead';
/** Wes is an engineer of another team. */
export const wes = 'user:default/wes.web';
/** Rita reads records but works none (itsm.record.update denied). */
export const rita = 'user:default/rita.reader';

/** The groups each user is a member of. */
const memberships: Record<string, string[]> = {
  [iris]: ['group:default/service-managers'],
  [milo]: ['group:default/service-managers'],
  [paula]: ['group:default/payments-team'],
  [wes]: ['group:default/web-team'],
  [rita]: [],
};

/** The payments platform, its people and their groups. */
export const improvementEntities = [
  ...paymentsPlatform,
  ...[iris, milo, paula, wes, rita].map(ref => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1], namespace: 'default' },
    spec: {},
    relations: memberships[ref].map(group => ({
      type: 'memberOf',
      targetRef: group,
    })),
  })),
  ...['payments-team', 'web-team', 'service-managers'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace: 'default',
      // Paula leads the payments team (§3.3.2's lead, itsm/lead).
      ...(name === 'payments-team'
        ? { annotations: { 'itsm/lead': paula } }
        : {}),
    },
    spec: { type: 'team', children: [] },
  })),
];

/**
 * The whole plugin on a test database (SQLite or PostgreSQL) for the
 * continual improvement route tests, with the payments platform in the catalog
 * (startProcessTestBackend).
 */
export async function startImprovementBackend(
  databases: TestDatabases,
  id: TestDatabaseId,
  itsmConfig: JsonObject = {},
  /** The plugin to start; the whole ITSM plugin unless given. */
  plugin?: BackendFeature,
): Promise<ProcessTestBackend> {
  return startProcessTestBackend(databases, id, {
    entities: improvementEntities,
    people: {
      memberships,
      managePermission: 'itsm.improvement.manage',
      managers: [iris, milo],
      reader: rita,
    },
    itsmConfig,
    plugin,
  });
}
