import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { mockRecordService } from '../../core/__testUtils__/mockRecordService';
import { releaseChangeRequestRules } from '../../releases';
import { ChangeRequests } from './ChangeRequests';

const release = aStoredRecord({
  type: 'release',
  ref: 'REL-1',
  state: 'planned',
  fields: { releaseVersion: '2.4.1', entityRef: 'component:default/x' },
});
const ctx = { credentials: mockCredentials.user('user:default/wes.web') };

describe('ChangeRequests of a release', () => {
  it('raises no change for a caller who may not change the release', async () => {
    const records = mockRecordService();
    records.get.mockResolvedValue(release);
    records.allowedActions.mockResolvedValue(
      new Map([
        [
          release.id,
          { update: false, comment: true, workNote: false, respond: false },
        ],
      ]),
    );
    const auditor = mockServices.auditor.mock();
    const service = new ChangeRequests({
      records,
      auditor,
      type: 'release',
      rules: releaseChangeRequestRules,
    });
    await expect(service.attach('REL-1', { version: 1 }, ctx)).rejects.toThrow(
      new NotAllowedError('You may not change REL-1'),
    );
    expect(records.create).not.toHaveBeenCalled();
    expect(records.change).not.toHaveBeenCalled();
    // The refusal is audited.
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'release-change-request-add',
        meta: { type: 'release', record: 'REL-1' },
      }),
    );
    const event = await auditor.createEvent.mock.results[0].value;
    expect(event.fail).toHaveBeenCalledWith(
      expect.objectContaining({ error: expect.any(NotAllowedError) }),
    );
  });

  it('takes on no change request once the rollout has started', async () => {
    const records = mockRecordService();
    records.get.mockResolvedValue({ ...release, state: 'rolling_out' });
    const service = new ChangeRequests({
      records,
      auditor: mockServices.auditor.mock(),
      type: 'release',
      rules: releaseChangeRequestRules,
    });
    await expect(service.attach('REL-1', { version: 1 }, ctx)).rejects.toThrow(
      'A change request can be added only while REL-1 is planned or awaiting_approval or approved or ready; it is rolling_out',
    );
    expect(records.create).not.toHaveBeenCalled();
  });
});
