import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { ConflictError } from '@backstage/errors';
import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { mockRecordService } from '../../core/__testUtils__/mockRecordService';
import { ReleasePackageService } from '../services/ReleasePackageService';
import { registerReleaseActions } from './registerReleaseActions';

const release = aStoredRecord({
  type: 'release',
  ref: 'REL-4',
  state: 'planned',
  version: 3,
  fields: {
    entityRef: 'component:default/checkout-service',
    releaseVersion: '2.4.1',
  },
});

function setup() {
  const registry = actionsRegistryServiceMock({
    logger: mockServices.logger.mock(),
  });
  const records = mockRecordService();
  const packages = { reportPhase: jest.fn() } as unknown as jest.Mocked<
    Pick<ReleasePackageService, 'reportPhase'>
  >;
  registerReleaseActions(registry, {
    records,
    packages: packages as unknown as ReleasePackageService,
  });
  return { registry, records, packages };
}

const credentials = mockCredentials.user('user:default/rita.release');

describe('release actions', () => {
  it('plans a release as the caller, with the risk answers as the questionnaire', async () => {
    const { registry, records } = setup();
    records.create.mockResolvedValue({ record: release, created: true });
    const { output } = await registry.invoke({
      id: 'test:create-release',
      input: {
        entityRefs: ['component:default/checkout-service'],
        title: 'Checkout 2.4.1',
        releaseVersion: '2.4.1',
        goals: ['fix'],
        window: { start: '2026-12-08T20:00:00Z', end: '2026-12-08T22:00:00Z' },
        riskAnswers: { customerFacing: 'no' },
      },
      credentials,
    });
    expect(output).toEqual({
      ref: 'REL-4',
      state: 'planned',
      releaseVersion: '2.4.1',
      entityRef: 'component:default/checkout-service',
    });
    expect(records.create).toHaveBeenCalledWith(
      'release',
      expect.objectContaining({
        releaseVersion: '2.4.1',
        risk: { answers: { customerFacing: 'no' } },
      }),
      { credentials },
    );
  });

  it('moves a release on from its current version, and passes refusals on', async () => {
    const { registry, records } = setup();
    records.get.mockResolvedValue(release);
    records.transition.mockResolvedValue({
      ...release,
      state: 'awaiting_approval',
    });
    const { output } = await registry.invoke({
      id: 'test:advance-release',
      input: { ref: 'REL-4', action: 'request_approval' },
      credentials,
    });
    expect(output).toMatchObject({ state: 'awaiting_approval' });
    expect(records.transition).toHaveBeenCalledWith(
      'release',
      'REL-4',
      { action: 'request_approval', version: 3 },
      { credentials },
    );
    records.transition.mockRejectedValue(
      new ConflictError('REL-4: The pre-release checklist is not done'),
    );
    await expect(
      registry.invoke({
        id: 'test:advance-release',
        input: { ref: 'REL-4', action: 'start_rollout' },
        credentials,
      }),
    ).rejects.toThrow('pre-release checklist');
  });

  it('reports a phase, refusing an unknown status before it reaches the release', async () => {
    const { registry, packages } = setup();
    packages.reportPhase.mockResolvedValue({
      ...release,
      state: 'rolling_out',
    });
    await registry.invoke({
      id: 'test:report-release-phase',
      input: { ref: 'REL-4', phase: 'canary', status: 'succeeded' },
      credentials,
    });
    expect(packages.reportPhase).toHaveBeenCalledWith(
      'REL-4',
      { phase: 'canary', status: 'succeeded' },
      { credentials },
    );
    await expect(
      registry.invoke({
        id: 'test:report-release-phase',
        input: { ref: 'REL-4', phase: 'canary', status: 'done' },
        credentials,
      }),
    ).rejects.toThrow(/status/);
  });
});
