import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  IMPROVEMENT_MANAGERS_SEAT,
  ImprovementItem,
  itsmImprovementManagePermission,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { ApprovalCard } from '../../components/ApprovalCard';
import { RecordPage, useRecordPage } from '../../components/RecordPage';
import { ImprovementActions } from './ImprovementActions';
import { ImprovementDetailsCard } from './ImprovementDetailsCard';
import { ImprovementEffectCard } from './ImprovementEffectCard';

const seatLabels = { [IMPROVEMENT_MANAGERS_SEAT]: 'improvement managers' };

/**
 * One improvement item's page (`/itsm/improvements/:ref`, §10.2.2): its
 * fields with the indicator's baseline and target (edited in place), its
 * approval by the owning group's lead or an improvement manager, its
 * moves, its measured effect once evaluated, and its timeline with
 * comments.
 */
export function ImprovementItemPage() {
  const page = useRecordPage('improvement');
  const itsmApi = useApi(itsmApiRef);
  const { allowed: manager } = usePermission({
    permission: itsmImprovementManagePermission,
  });
  const seats = {
    held: manager ? [IMPROVEMENT_MANAGERS_SEAT] : [],
    labels: seatLabels,
  };
  return (
    <RecordPage
      page={page}
      actions={item => (
        <ImprovementActions
          item={item}
          onChanged={page.changed}
          onReloadNeeded={page.reload}
        />
      )}
      columns={item => [
        {
          md: 6,
          cards: (
            <>
              <ImprovementDetailsCard item={item} onChanged={page.changed} />
              <ApprovalCard<ImprovementItem>
                recordType="improvement"
                record={item}
                seats={seats}
                decide={(_, body) =>
                  itsmApi.decideImprovementApproval(item.ref, body)
                }
                onChanged={page.changed}
              />
            </>
          ),
        },
        {
          md: 6,
          cards: ['evaluating', 'closed'].includes(item.state) &&
            item.indicatorId && <ImprovementEffectCard item={item} />,
        },
      ]}
      timeline="last-column"
    />
  );
}
