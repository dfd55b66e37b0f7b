import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { IndicatorTargets } from './IndicatorTargets';
import { readIndicatorTargetSettings } from './readIndicatorTargetSettings';

const checkout = 'component:default/checkout-service';
const ledger = 'component:default/ledger-service';
const storefront = 'component:default/storefront';
const payments = 'group:default/payments-team';

const service = (name: string, annotation?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    ...(annotation
      ? { annotations: { 'itsm.io/kpi-targets': annotation } }
      : {}),
  },
  spec: { type: 'service', owner: payments, lifecycle: 'production' },
});

function targetsWith(config: object) {
  const logger = mockServices.logger.mock();
  const targets = new IndicatorTargets({
    configured: readIndicatorTargetSettings(
      new ConfigReader({ itsm: { improvement: { targets: config } } }),
    ),
    catalog: catalogServiceMock({
      entities: [
        service(
          'checkout-service',
          JSON.stringify({
            'incident-time-to-resolve': { target: 2, critical: 8 },
            'incident-happiness': { target: 1 },
            'incident-volume': { target: 'few' },
          }),
        ),
        service('ledger-service', '{not json'),
        service('storefront'),
      ],
    }),
    auth: mockServices.auth(),
    logger,
  });
  return { targets, logger };
}

const config = {
  'incident-time-to-resolve': {
    target: 12,
    warning: 16,
    critical: 24,
    groups: { 'payments-team': { target: 6 } },
    services: {
      'checkout-service': { target: 4 },
      storefront: { target: 5, warning: 7 },
    },
  },
  'incident-volume': { target: 30 },
};

describe('IndicatorTargets', () => {
  it("takes a service's annotation over the configured service target, that over the portal's; a group its own", async () => {
    const { targets } = targetsWith(config);
    const portal = await targets.forScope({ kind: 'portal' });
    expect(portal('incident-time-to-resolve')).toEqual({
      target: 12,
      warning: 16,
      critical: 24,
      source: 'portal',
    });
    expect(portal('incident-backlog')).toBeUndefined();
    const group = await targets.forScope({ kind: 'group', ref: payments });
    expect(group('incident-time-to-resolve')).toEqual({
      target: 6,
      source: 'group',
    });
    expect(group('incident-volume')).toMatchObject({ source: 'portal' });

    const annotated = await targets.forScope({
      kind: 'service',
      ref: checkout,
    });
    expect(annotated('incident-time-to-resolve')).toEqual({
      target: 2,
      critical: 8,
      source: 'service',
    });
    // The annotation's bad entry is left out: the portal's stands.
    expect(annotated('incident-volume')).toEqual({
      target: 30,
      source: 'portal',
    });
    const configured = await targets.forScope({
      kind: 'service',
      ref: storefront,
    });
    expect(configured('incident-time-to-resolve')).toEqual({
      target: 5,
      warning: 7,
      source: 'service',
    });
  });

  it('ignores an annotation that is not JSON, or parts of it, with a warning in the log', async () => {
    const { targets, logger } = targetsWith(config);
    const ledgerTargets = await targets.forScope({
      kind: 'service',
      ref: ledger,
    });
    expect(ledgerTargets('incident-time-to-resolve')).toMatchObject({
      target: 12,
      source: 'portal',
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/ledger-service: itsm.io\/kpi-targets is not JSON/),
    );
    await targets.forScope({ kind: 'service', ref: checkout });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/no indicator incident-happiness/),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/incident-volume.target must be a number/),
    );
  });

  it('stops at start on a bad target setting, naming it', () => {
    const read = (targets: object) => () =>
      readIndicatorTargetSettings(
        new ConfigReader({ itsm: { improvement: { targets } } }),
      );
    expect(read({ 'incident-happiness': { target: 1 } })).toThrow(
      'itsm.improvement.targets.incident-happiness: no such indicator',
    );
    expect(read({ 'incident-volume': { target: 'x' } })).toThrow(
      'itsm.improvement.targets.incident-volume.target must be a number',
    );
    expect(
      read({
        'incident-volume': {
          target: 1,
          groups: { 'web-team': { warning: 2 } },
        },
      }),
    ).toThrow(
      'itsm.improvement.targets.incident-volume.groups.web-team.target must be a number',
    );
  });
});
