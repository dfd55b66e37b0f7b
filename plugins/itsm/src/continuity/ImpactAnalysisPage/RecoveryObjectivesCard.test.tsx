import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  BusinessImpactAnalysis,
  RecoveryObjectivesCheck,
} from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { RecoveryObjectivesCard } from './RecoveryObjectivesCard';

const CHECKOUT = 'component:default/checkout-service';
const GATEWAY = 'component:default/payments-api-gateway';

const analysis = (version: number, rtoMinutes?: number) =>
  ({
    id: 'id-1',
    ref: 'BIA-2',
    type: 'impact-analysis',
    version,
    state: 'draft',
    title: 'Checkout',
    description: '',
    priority: 'P3',
    entityRefs: [CHECKOUT],
    createdBy: 'user:default/carla.continuity',
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    businessProcesses: [],
    impactIntervals: [60],
    impacts: [],
    ...(rtoMinutes !== undefined ? { rtoMinutes } : {}),
  } as BusinessImpactAnalysis);

const check = (issues: RecoveryObjectivesCheck['issues']) =>
  ({
    entityRef: CHECKOUT,
    achievable: issues.length === 0,
    issues,
    issueCount: issues.length,
    truncated: false,
  } as RecoveryObjectivesCheck);

describe('RecoveryObjectivesCard', () => {
  it('checks again when the analysis changes, so a new RTO shows the dependency that cannot make it', async () => {
    const api = mockItsmApi();
    api.getImpactAnalysisConsistency
      .mockResolvedValueOnce(check([]))
      .mockResolvedValueOnce(
        check([
          {
            kind: 'longer-rto',
            entityRef: GATEWAY,
            path: [CHECKOUT, GATEWAY],
            message: "payments-api-gateway's RTO 8 h exceeds checkout's 1 min",
            rtoMinutes: 480,
            serviceRtoMinutes: 1,
          },
        ]),
      );
    // The page passes the record a save answered: version 2, RTO 1 min.
    function Page() {
      const [record, setRecord] = useState(analysis(1));
      return (
        <>
          <button onClick={() => setRecord(analysis(2, 1))}>Save</button>
          <RecoveryObjectivesCard record={record} />
        </>
      );
    }
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <Page />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      await screen.findByText(/Everything this service relies on recovers/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByText('Save'));
    expect(
      await screen.findByText(/The RTO is not achievable: 1 inconsistency/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Longer RTO/)).toBeInTheDocument();
    expect(api.getImpactAnalysisConsistency).toHaveBeenCalledTimes(2);
  });
});
