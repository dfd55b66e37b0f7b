import { Entity } from '@backstage/catalog-model';

/**
 * A small catalog for the intake tests: services claiming alerts by label
 * selector, a database named by the alerts' entity label, users with mail
 * addresses.
 */
export const intakeCatalog: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'checkout-service',
      namespace: 'default',
      annotations: { 'itsm/alert-selector': 'service=checkout,env=prod' },
    },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'checkout-staging',
      namespace: 'default',
      annotations: { 'itsm/alert-selector': 'service=checkout,env=staging' },
    },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'staging' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'broken-selector',
      namespace: 'default',
      annotations: { 'itsm/alert-selector': 'service' },
    },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'ledger-db',
      namespace: 'default',
      annotations: { 'itsm/support-group': 'group:default/dba-team' },
    },
    spec: { type: 'database', owner: 'group:default/payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'pat.engineer', namespace: 'default' },
    spec: { profile: { email: 'pat.engineer@acme.example' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'sam.agent', namespace: 'default' },
    spec: { profile: { email: 'sam.agent@acme.example' } },
    relations: [{ type: 'memberOf', targetRef: 'group:default/service-desk' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'wes.web', namespace: 'default' },
    spec: { profile: { email: 'wes.web@acme.example' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'grace.ceo', namespace: 'default' },
    spec: { profile: { email: 'grace.ceo@acme.example' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'shared.one', namespace: 'default' },
    spec: { profile: { email: 'shared@acme.example' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'shared.two', namespace: 'default' },
    spec: { profile: { email: 'shared@acme.example' } },
  },
];
