import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { ALWAYS } from '../domain/businessTime';
import { SlaAgreementService } from './SlaAgreementService';
import { SlaReportService } from './SlaReportService';

describe('SlaAgreementService', () => {
  it('records no review for a caller without itsm.sla.review, and audits the refusal', async () => {
    const addReview = jest.fn();
    const auditor = mockServices.auditor.mock();
    const service = new SlaAgreementService({
      entities: {} as EntityLookup,
      settings: {
        agreements: [],
        calendars: new Map([[ALWAYS.id, ALWAYS]]),
        onBreach: { action: 'none' },
      },
      reviews: { addReview, listReviews: jest.fn() },
      reports: {} as SlaReportService,
      permissions: mockServices.permissions({ result: AuthorizeResult.DENY }),
      auditor,
    });
    await expect(
      service.review(
        {
          entityRef: 'component:default/checkout-service',
          decision: 'keep',
          notes: 'Fine',
        },
        { credentials: mockCredentials.user('user:default/wes.web') },
      ),
    ).rejects.toThrow(
      new NotAllowedError('You may not review service level agreements'),
    );
    expect(addReview).not.toHaveBeenCalled();
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'sla-review-create',
        meta: {
          entityRef: 'component:default/checkout-service',
          decision: 'keep',
        },
      }),
    );
    const event = await auditor.createEvent.mock.results[0].value;
    expect(event.fail).toHaveBeenCalledWith(
      expect.objectContaining({ error: expect.any(NotAllowedError) }),
    );
  });
});
