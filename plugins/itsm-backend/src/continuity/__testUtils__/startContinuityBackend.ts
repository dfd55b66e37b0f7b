import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import {
  ProcessTestBackend,
  startProcessTestBackend,
} from '../../__testUtils__/startProcessTestBackend';

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

const entity = (
  kind: string,
  name: string,
  spec: Record<string, unknown> = {},
  relations: { type: string; targetRef: string }[] = [],
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: { owner: 'group:default/payments-team', ...spec },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/payments-team' },
    ...relations,
  ],
});

/** Paula is a member of the continuity board, the management group. */
export const continuityBoard = 'group:default/continuity-board';

/** The relations the catalog would compute from the specs below. */
const rel = (type: string, targetRef: string) => ({ type, targetRef });

/**
 * The payments platform: the commerce domain, the payments system in it,
 * checkout-service in that, which depends on ledger-service and
 * payments-db; and the web system with its storefront, outside payments.
 */
export const continuityEntities = [
  entity('Domain', 'commerce', {}, [rel('hasPart', 'system:default/payments')]),
  entity('System', 'payments', { domain: 'commerce' }, [
    rel('partOf', 'domain:default/commerce'),
    rel('hasPart', 'component:default/checkout-service'),
    rel('hasPart', 'component:default/ledger-service'),
    rel('hasPart', 'resource:default/payments-db'),
  ]),
  entity('System', 'web', {}, [rel('hasPart', 'component:default/storefront')]),
  entity(
    'Component',
    'storefront',
    { type: 'website', lifecycle: 'production', system: 'web' },
    [rel('partOf', 'system:default/web')],
  ),
  entity(
    'Component',
    'checkout-service',
    {
      type: 'service',
      lifecycle: 'production',
      system: 'payments',
      dependsOn: [
        'component:default/ledger-service',
        'resource:default/payments-db',
      ],
    },
    [
      rel('dependsOn', 'component:default/ledger-service'),
      rel('dependsOn', 'resource:default/payments-db'),
      rel('partOf', 'system:default/payments'),
    ],
  ),
  entity(
    'Component',
    'ledger-service',
    {
      type: 'service',
      lifecycle: 'production',
      system: 'payments',
    },
    [
      rel('partOf', 'system:default/payments'),
      rel('dependencyOf', 'component:default/checkout-service'),
    ],
  ),
  entity('Resource', 'payments-db', { type: 'database', system: 'payments' }, [
    rel('dependencyOf', 'component:default/checkout-service'),
    rel('partOf', 'system:default/payments'),
  ]),
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
