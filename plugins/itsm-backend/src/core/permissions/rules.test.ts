import { TestDatabases } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import { DatabaseRecordStore } from '../database/DatabaseRecordStore';
import { loadRecordResources } from './loadRecordResources';
import { RecordResource } from './recordPermissionResource';
import { affectsEntity, isAffectedEntityOwner, isReporter } from './rules';

const resource: RecordResource = {
  id: '6f1c1d5e-5b7a-4a57-9a3e-1d0f2b0c9a11',
  type: 'incident',
  number: 12,
  ref: 'INC-12',
  title: 'Checkout fails',
  description: 'HTTP 500 on /pay',
  state: 'new',
  priority: 'P2',
  version: 1,
  fields: {},
  entityRefs: [
    'component:default/checkout-service',
    'resource:default/payments-db',
  ],
  entityOwnerRefs: ['group:default/payments-team', 'group:default/dba-team'],
  reportedBy: 'user:default/pat.engineer',
  reopenCount: 0,
  escalationCount: 0,
  createdBy: 'user:default/pat.engineer',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
};

describe('IS_AFFECTED_ENTITY_OWNER', () => {
  it('allows a user whose claims include an owner of an affected entity', () => {
    expect(
      isAffectedEntityOwner.apply(resource, {
        claims: ['user:default/sam.agent', 'group:default/dba-team'],
      }),
    ).toBe(true);
  });

  it('refuses a user who owns none of the affected entities', () => {
    expect(
      isAffectedEntityOwner.apply(resource, {
        claims: ['user:default/sam.agent', 'group:default/web-team'],
      }),
    ).toBe(false);
    expect(isAffectedEntityOwner.apply(resource, { claims: [] })).toBe(false);
  });

  it('refuses everyone for a record whose entities have no known owner', () => {
    expect(
      isAffectedEntityOwner.apply(
        { ...resource, entityOwnerRefs: [] },
        { claims: ['group:default/payments-team'] },
      ),
    ).toBe(false);
  });

  it('does not take the reporter or an entity ref for an owner', () => {
    expect(
      isAffectedEntityOwner.apply(resource, {
        claims: [
          'user:default/pat.engineer',
          'component:default/checkout-service',
        ],
      }),
    ).toBe(false);
  });

  it('becomes a SQL filter on the owners of affected entities', () => {
    expect(
      isAffectedEntityOwner.toQuery({ claims: ['group:default/dba-team'] }),
    ).toEqual({
      kind: 'affectedEntityOwnedBy',
      ownerRefs: ['group:default/dba-team'],
    });
  });
});

describe('IS_REPORTER', () => {
  it('allows the user who reported the record', () => {
    expect(
      isReporter.apply(resource, {
        claims: ['user:default/pat.engineer', 'group:default/web-team'],
      }),
    ).toBe(true);
  });

  it('refuses everyone else, owners included', () => {
    expect(
      isReporter.apply(resource, {
        claims: ['user:default/sam.agent', 'group:default/payments-team'],
      }),
    ).toBe(false);
    expect(isReporter.apply(resource, { claims: [] })).toBe(false);
  });

  it('becomes a SQL filter on the reporter', () => {
    expect(
      isReporter.toQuery({ claims: ['user:default/pat.engineer'] }),
    ).toEqual({
      kind: 'reportedBy',
      userRefs: ['user:default/pat.engineer'],
    });
  });
});

describe('AFFECTS_ENTITY', () => {
  it('allows a record that affects one of the entities', () => {
    expect(
      affectsEntity.apply(resource, {
        entityRefs: ['system:default/payments', 'resource:default/payments-db'],
      }),
    ).toBe(true);
  });

  it('refuses a record that affects none of them', () => {
    expect(
      affectsEntity.apply(resource, {
        entityRefs: ['component:default/other'],
      }),
    ).toBe(false);
    expect(affectsEntity.apply(resource, { entityRefs: [] })).toBe(false);
    expect(
      affectsEntity.apply(
        { ...resource, entityRefs: [] },
        { entityRefs: ['component:default/checkout-service'] },
      ),
    ).toBe(false);
  });

  it('does not take an owner for an affected entity', () => {
    expect(
      affectsEntity.apply(resource, {
        entityRefs: ['group:default/payments-team'],
      }),
    ).toBe(false);
  });

  it('becomes a SQL filter on affected entities', () => {
    expect(
      affectsEntity.toQuery({
        entityRefs: ['component:default/checkout-service'],
      }),
    ).toEqual({
      kind: 'affectsEntity',
      entityRefs: ['component:default/checkout-service'],
    });
  });
});

jest.setTimeout(60_000);

describe('rules in SQL and in memory', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  const entityPool = [
    'component:default/checkout-service',
    'resource:default/payments-db',
    'system:default/payments',
  ];
  const ownerPool = ['group:default/payments-team', 'group:default/dba-team'];
  const userPool = ['user:default/pat.engineer', 'user:default/sam.agent'];

  const world = fc.record({
    owners: fc.array(
      fc.record({
        entityRef: fc.constantFrom(...entityPool),
        ownerRef: fc.constantFrom(...ownerPool),
      }),
      { maxLength: 3 },
    ),
    records: fc.array(
      fc.record({
        entityRefs: fc.subarray(entityPool),
        createdBy: fc.constantFrom(...userPool),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  });
  const claims = fc.subarray([...ownerPool, ...userPool, ...entityPool]);

  it('select the same records, so a list and a single check never disagree', async () => {
    await fc.assert(
      fc.asyncProperty(world, claims, async ({ owners, records }, refs) => {
        const knex = await databases.init('SQLITE_3');
        const store = await DatabaseRecordStore.create({ knex });
        const now = '2026-11-28T10:00:00.000Z';
        await store.upsertEntityOwners(owners, now);
        const ids: string[] = [];
        for (const r of records) {
          const { record } = await store.createRecord({
            type: 'incident',
            title: 't',
            description: '',
            state: 'new',
            priority: 'P3',
            fields: {},
            entityRefs: r.entityRefs,
            isOpen: true,
            reportedBy: r.createdBy,
            createdBy: r.createdBy,
            entityOwners: [],
            now,
          });
          ids.push(record.id);
        }
        const resources = (await loadRecordResources(store, ids)).map(r => r!);
        const checks = [
          { rule: isAffectedEntityOwner, params: { claims: refs } },
          { rule: isReporter, params: { claims: refs } },
          { rule: affectsEntity, params: { entityRefs: refs } },
        ] as const;
        for (const { rule, params } of checks) {
          const inMemory = resources
            .filter(r => rule.apply(r, params as any))
            .map(r => r.ref)
            .sort();
          const { records: inSql } = await store.listRecords({
            type: 'incident',
            limit: 100,
            filter: rule.toQuery(params as any),
          });
          expect({
            rule: rule.name,
            refs: inSql.map(r => r.ref).sort(),
          }).toEqual({
            rule: rule.name,
            refs: inMemory,
          });
        }
        await knex.destroy();
      }),
      { numRuns: 30 },
    );
  });
});
