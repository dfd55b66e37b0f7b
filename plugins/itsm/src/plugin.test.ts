import { itsmApiRef } from './api/ItsmApi';
import { ItsmClient } from './api/ItsmClient';
import { itsmPlugin } from './plugin';

describe('itsmPlugin', () => {
  it('provides the ITSM API over HTTP', () => {
    expect(itsmPlugin.getId()).toBe('itsm');
    const [factory] = [...itsmPlugin.getApis()];
    expect(factory.api).toBe(itsmApiRef);
    const client = factory.factory({
      discoveryApi: { getBaseUrl: async () => 'http://localhost/api/itsm' },
      fetchApi: { fetch: jest.fn() },
    });
    expect(client).toBeInstanceOf(ItsmClient);
  });
});
