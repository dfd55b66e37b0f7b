import { Progress } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { itsmServiceDeskUsePermission } from '@backstage-itsm/plugin-itsm-common';
import { MyRequestsPage } from '../MyRequestsPage';
import { ServiceDeskPage } from '../ServiceDeskPage';

/**
 * The home of the ITSM page, chosen by the permission policy: the service
 * desk's queues for those allowed `itsm.servicedesk.use` (its agents and
 * the support groups), "My requests" for everyone else. It only chooses
 * what is shown first: what each may read or work is the records' own
 * permissions.
 */
export function ItsmHomePage() {
  const { loading, allowed } = usePermission({
    permission: itsmServiceDeskUsePermission,
  });
  if (loading) return <Progress />;
  return allowed ? <ServiceDeskPage /> : <MyRequestsPage />;
}
