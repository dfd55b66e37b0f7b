/** A catalog entity of the payments team, with the relations given. */
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

/** The relations the catalog would compute from the specs below. */
const rel = (type: string, targetRef: string) => ({ type, targetRef });

/**
 * The payments platform: the commerce domain, the payments system in it,
 * checkout-service in that, which depends on ledger-service and
 * payments-db; and the web system with its storefront, outside payments.
 * Continuity's and continual improvement's route tests run on it.
 */
export const paymentsPlatform = [
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
];
