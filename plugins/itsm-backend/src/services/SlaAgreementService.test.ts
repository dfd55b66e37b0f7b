import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityLookup } from '../catalog/EntityLookup';
import { ALWAYS } from '../domain/businessTime';
import { SlaAgreementService } from './SlaAgreementService';
import { SlaReportService } from './SlaReportService';

describe('SlaAgreementService', () => {
  it('records no review for a caller without itsm.sla.review', async () => {
    const addReview = jest.fn();
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
  });
});
