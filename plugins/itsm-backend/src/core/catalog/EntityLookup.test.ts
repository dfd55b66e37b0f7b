import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogEntityLookup } from './EntityLookup';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default' },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'payments-db', namespace: 'default' },
    spec: { type: 'database', owner: 'group:default/dba-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'ledger-db',
      namespace: 'default',
      annotations: { 'itsm/support-group': 'dba-team' },
    },
    spec: { type: 'database', owner: 'group:default/payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'sam.agent', namespace: 'default' },
    spec: {},
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'service-desk', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'pager',
      namespace: 'ops',
      annotations: { 'itsm/sla': 'sre-gold' },
    },
    spec: {
      type: 'service',
      owner: 'sre',
      lifecycle: 'production',
      system: 'paging',
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'paging', namespace: 'ops' },
    spec: { owner: 'sre' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'orphan', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'experimental' },
  },
];

const credentials = mockCredentials.user('user:default/pat.engineer');
const options = { field: 'entityRefs', credentials };

function lookup() {
  const catalog = catalogServiceMock({ entities });
  jest.spyOn(catalog, 'getEntitiesByRefs');
  return { catalog, entities: new CatalogEntityLookup(catalog) };
}

describe('CatalogEntityLookup', () => {
  it('writes refs out in full and finds their owners', async () => {
    const { entities: lookupService } = lookup();
    await expect(
      lookupService.resolve(
        ['component:checkout-service', 'resource:default/payments-db'],
        options,
      ),
    ).resolves.toEqual({
      entityRefs: [
        'component:default/checkout-service',
        'resource:default/payments-db',
      ],
      supportGroups: [],
      versionSchemes: {},
      slaSubjects: expect.any(Object),
      owners: [
        {
          entityRef: 'component:default/checkout-service',
          ownerRef: 'group:default/payments-team',
        },
        {
          entityRef: 'resource:default/payments-db',
          ownerRef: 'group:default/dba-team',
        },
      ],
    });
  });

  it('ignores case and repeats of the same entity', async () => {
    const { entities: lookupService } = lookup();
    const result = await lookupService.resolve(
      [
        'Component:Default/Checkout-Service',
        'component:checkout-service',
        'component:default/checkout-service',
      ],
      options,
    );
    expect(result.entityRefs).toEqual(['component:default/checkout-service']);
    expect(result.owners).toHaveLength(1);
  });

  it("reads a short owner in the entity's own namespace, as a group", async () => {
    const { entities: lookupService } = lookup();
    const result = await lookupService.resolve(
      ['component:ops/pager'],
      options,
    );
    expect(result.owners).toEqual([
      { entityRef: 'component:ops/pager', ownerRef: 'group:ops/sre' },
    ]);
  });

  it('accepts an entity without an owner, with no owner', async () => {
    const { entities: lookupService } = lookup();
    await expect(
      lookupService.resolve(['component:orphan'], options),
    ).resolves.toEqual({
      entityRefs: ['component:default/orphan'],
      supportGroups: [],
      versionSchemes: {},
      slaSubjects: { 'component:default/orphan': {} },
      owners: [],
    });
  });

  it('reads what picks the agreements of entities, leaving out those gone from the catalog', async () => {
    const { entities: lookupService } = lookup();
    await expect(
      lookupService.slaSubjects(
        ['component:ops/pager', 'component:default/gone'],
        { credentials },
      ),
    ).resolves.toEqual({
      'component:ops/pager': {
        annotation: 'sre-gold',
        systemRef: 'system:ops/paging',
      },
    });
  });

  it('reads a system as its own system, so agreements naming it cover it', async () => {
    const { entities: lookupService } = lookup();
    await expect(
      lookupService.slaSubjects(['system:ops/paging'], { credentials }),
    ).resolves.toEqual({
      'system:ops/paging': { systemRef: 'system:ops/paging' },
    });
  });

  it("reads what picks an entity's service level agreement: its annotation and its system", async () => {
    const { entities: lookupService } = lookup();
    const result = await lookupService.resolve(
      ['component:ops/pager'],
      options,
    );
    expect(result.slaSubjects).toEqual({
      'component:ops/pager': {
        annotation: 'sre-gold',
        systemRef: 'system:ops/paging',
      },
    });
  });

  it('refuses an entity the catalog does not know, naming it by its place and spelling', async () => {
    const { entities: lookupService } = lookup();
    const attempt = lookupService.resolve(
      ['component:checkout-service', 'Component:Nope'],
      options,
    );
    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toThrow(
      "entityRefs[1] 'Component:Nope' is not in the catalog",
    );
  });

  it.each([':::', 'checkout-service', '', 'component:'])(
    'refuses %p as no entity ref, naming the field',
    async ref => {
      const { entities: lookupService, catalog } = lookup();
      const attempt = lookupService.resolve(
        ['component:checkout-service', ref],
        {
          ...options,
          field: 'body.entityRefs',
        },
      );
      await expect(attempt).rejects.toThrow(InputError);
      await expect(attempt).rejects.toThrow(
        `body.entityRefs[1] '${ref}' is not an entity ref`,
      );
      expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    },
  );

  it('does not ask the catalog about an empty list', async () => {
    const { entities: lookupService, catalog } = lookup();
    await expect(lookupService.resolve([], options)).resolves.toEqual({
      entityRefs: [],
      supportGroups: [],
      owners: [],
    });
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it("asks the catalog with the caller's credentials", async () => {
    const { entities: lookupService, catalog } = lookup();
    await lookupService.resolve(['component:checkout-service'], options);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRefs: ['component:default/checkout-service'],
      }),
      { credentials },
    );
  });

  it('reads the support group an entity names in its annotation', async () => {
    const { entities: lookupService } = lookup();
    const resolved = await lookupService.resolve(
      ['resource:ledger-db'],
      options,
    );
    expect(resolved.supportGroups).toEqual([
      {
        entityRef: 'resource:default/ledger-db',
        groupRef: 'group:default/dba-team',
      },
    ]);
  });

  it('checks the people a record names: kind and existence, naming the field', async () => {
    const { entities: lookupService } = lookup();
    await expect(
      lookupService.resolvePeople(
        { reportedBy: 'sam.agent', assignmentGroup: 'service-desk' },
        { credentials },
      ),
    ).resolves.toEqual({
      reportedBy: 'user:default/sam.agent',
      assignmentGroup: 'group:default/service-desk',
    });
    await expect(
      lookupService.resolvePeople({ assignee: 'nobody' }, { credentials }),
    ).rejects.toThrow("assignee 'nobody' is not in the catalog");
    await expect(
      lookupService.resolvePeople(
        { assignmentGroup: 'user:default/sam.agent' },
        { credentials },
      ),
    ).rejects.toThrow(
      "assignmentGroup must be a group, not 'user:default/sam.agent'",
    );
  });
});
