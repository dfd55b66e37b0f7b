import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { InventoryEntityProvider } from './InventoryEntityProvider';
import { catalogModuleItsmInventory } from './module';

async function providersFor(config: object) {
  const addEntityProvider = jest.fn();
  await startTestBackend({
    extensionPoints: [[catalogProcessingExtensionPoint, { addEntityProvider }]],
    features: [
      catalogModuleItsmInventory,
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
  return addEntityProvider.mock.calls.map(([provider]) => provider);
}

describe('catalogModuleItsmInventory', () => {
  it('adds one provider per configured inventory file', async () => {
    const providers = await providersFor({
      catalog: {
        providers: {
          itsmInventory: {
            files: ['../../examples/inventory/devices.csv', 'net.yaml'],
            schedule: { frequency: { minutes: 1 }, timeout: { seconds: 30 } },
          },
        },
      },
    });
    expect(providers).toHaveLength(2);
    expect(providers[0]).toBeInstanceOf(InventoryEntityProvider);
    expect(providers.map(p => p.getProviderName())).toEqual([
      'itsm-inventory:../../examples/inventory/devices.csv',
      'itsm-inventory:net.yaml',
    ]);
  });

  it('adds none when no inventory is configured', async () => {
    expect(await providersFor({})).toEqual([]);
  });
});
