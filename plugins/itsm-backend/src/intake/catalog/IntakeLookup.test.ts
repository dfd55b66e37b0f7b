import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { intakeCatalog } from '../__testUtils__/intakeCatalog';
import { CatalogIntakeLookup } from './IntakeLookup';

const credentials = mockCredentials.service();

describe('CatalogIntakeLookup', () => {
  it('keeps the entity refs the catalog has, in order', async () => {
    const lookup = new CatalogIntakeLookup(
      catalogServiceMock({ entities: intakeCatalog }),
    );
    await expect(
      lookup.existingEntityRefs(
        [
          'resource:default/ledger-db',
          'component:default/nope',
          'component:default/checkout-service',
        ],
        { credentials },
      ),
    ).resolves.toEqual([
      'resource:default/ledger-db',
      'component:default/checkout-service',
    ]);
    await expect(
      lookup.existingEntityRefs([], { credentials }),
    ).resolves.toEqual([]);
  });

  it('finds the entities with an annotation, and reads them once a while', async () => {
    const catalog = catalogServiceMock({ entities: intakeCatalog });
    const spy = jest.spyOn(catalog, 'queryEntities');
    let now = 0;
    const lookup = new CatalogIntakeLookup(catalog, () => now);
    const found = await lookup.entitiesWithAnnotation('itsm/alert-selector', {
      credentials,
    });
    expect(found).toEqual([
      { entityRef: 'component:default/broken-selector', value: 'service' },
      {
        entityRef: 'component:default/checkout-service',
        value: 'service=checkout,env=prod',
      },
      {
        entityRef: 'component:default/checkout-staging',
        value: 'service=checkout,env=staging',
      },
    ]);
    await lookup.entitiesWithAnnotation('itsm/alert-selector', { credentials });
    expect(spy).toHaveBeenCalledTimes(1);
    now += 60_000;
    await lookup.entitiesWithAnnotation('itsm/alert-selector', { credentials });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('finds a user by mail address in any letter case, unless it is shared', async () => {
    const lookup = new CatalogIntakeLookup(
      catalogServiceMock({ entities: intakeCatalog }),
    );
    await expect(
      lookup.userByEmail('Pat.Engineer@ACME.example', { credentials }),
    ).resolves.toBe('user:default/pat.engineer');
    await expect(
      lookup.userByEmail('nobody@acme.example', { credentials }),
    ).resolves.toBeUndefined();
    await expect(
      lookup.userByEmail('shared@acme.example', { credentials }),
    ).resolves.toBeUndefined();
  });

  it('lists the groups a user is a member of', async () => {
    const lookup = new CatalogIntakeLookup(
      catalogServiceMock({ entities: intakeCatalog }),
    );
    await expect(
      lookup.groupsOf('user:default/sam.agent', { credentials }),
    ).resolves.toEqual(['group:default/service-desk']);
    await expect(
      lookup.groupsOf('user:default/pat.engineer', { credentials }),
    ).resolves.toEqual([]);
    await expect(
      lookup.groupsOf('user:default/nobody', { credentials }),
    ).resolves.toEqual([]);
  });
});
