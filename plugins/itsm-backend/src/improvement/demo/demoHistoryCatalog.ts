/**
 * The demo catalog (examples/org.yaml, examples/entities.yaml) as the demo
 * history uses it: the groups with their members (the first is the lead),
 * and the services incidents, changes and releases concern, each with the
 * group that works it (its `itsm/support-group`, else its owner).
 */
export const demoGroups = {
  desk: 'group:default/service-desk',
  payments: 'group:default/payments-team',
  platform: 'group:default/platform-team',
  web: 'group:default/web-team',
  network: 'group:default/network-ops',
  dba: 'group:default/dba-team',
  operations: 'group:default/it-operations',
  cab: 'group:default/cab',
  releases: 'group:default/release-managers',
} as const;

const user = (name: string) => `user:default/${name}`;

/** Members of each group, its lead first. */
export const demoMembers: Record<string, string[]> = {
  [demoGroups.desk]: [user('sofia.desk'), user('sam.agent'), user('alex.desk')],
  [demoGroups.payments]: [user('paula.lead'), user('pat.engineer')],
  [demoGroups.platform]: [user('priya.platform'), user('rita.release')],
  [demoGroups.web]: [user('wes.web')],
  [demoGroups.network]: [user('nina.network')],
  [demoGroups.dba]: [user('dan.dba')],
  [demoGroups.operations]: [user('olivia.ops')],
  [demoGroups.cab]: [user('olivia.ops'), user('nina.network'), user('dan.dba')],
  [demoGroups.releases]: [user('rita.release'), user('ravi.release')],
};

/** People who report incidents (every one of the demo's users). */
export const demoReporters = [
  user('grace.ceo'),
  user('carl.cto'),
  user('carla.continuity'),
  user('ravi.release'),
  user('wes.web'),
  user('pat.engineer'),
  user('priya.platform'),
  user('paula.lead'),
  user('olivia.ops'),
];

export type DemoService = {
  entityRef: string;
  /** The group incidents on it are routed to. */
  group: string;
  /** How often it breaks, relative to the others. */
  weight: number;
  /** Whether it has releases of its own (a component). */
  released: boolean;
};

const service = (
  entityRef: string,
  group: string,
  weight: number,
  released = entityRef.startsWith('component:'),
): DemoService => ({ entityRef, group, weight, released });

export const demoServices: DemoService[] = [
  service('component:default/checkout-service', demoGroups.payments, 8),
  service('component:default/payments-api-gateway', demoGroups.payments, 5),
  service('component:default/payment-processor', demoGroups.payments, 5),
  service('component:default/fraud-scoring', demoGroups.payments, 3),
  service('component:default/ledger-service', demoGroups.payments, 3),
  service('component:default/reporting-service', demoGroups.payments, 2),
  service('component:default/web-storefront', demoGroups.web, 7),
  service('component:default/customer-portal', demoGroups.web, 5),
  service('component:default/notification-service', demoGroups.platform, 4),
  service('component:default/auth-service', demoGroups.platform, 5),
  service('resource:default/payments-db', demoGroups.dba, 3),
  service('resource:default/ledger-db', demoGroups.dba, 2),
  service('resource:default/customer-db', demoGroups.dba, 2),
  service('resource:default/core-switch-01', demoGroups.network, 2),
  service('resource:default/lb-edge-01', demoGroups.network, 2),
  service('resource:default/srv-app-01', demoGroups.platform, 2),
];

/** The group whose incidents miss their targets in the last three months. */
export const demoSlowGroup = demoGroups.web;
