import { useApi } from '@backstage/core-plugin-api';
import { BusinessImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { ApprovalCard } from '../../components/ApprovalCard';
import { DateTime } from '../../components/DateTime';
import { formatMinutes } from '../../lib/formatMinutes';
import { ContinuityRecordPage } from '../ContinuityRecordPage';
import { ImpactAnalysisFactsCard } from './ImpactAnalysisFactsCard';
import { ImpactGridCard } from './ImpactGridCard';
import { ObjectivesEditCard } from './ObjectivesEditCard';
import { RecoveryObjectivesCard } from './RecoveryObjectivesCard';

const minutes = (value?: number) =>
  value === undefined ? '—' : formatMinutes(value);

/**
 * A business impact analysis's page (§9.1.3): its objectives and review
 * date; beside them its business processes, RTO and RPO (editable in
 * draft, RTO ≤ MTPD checked before sending), its objectives checked
 * against the dependency graph and its approval by the entity's owner;
 * below, across the page, the impact grid (editable in draft) and the
 * facts from the portal.
 */
export function ImpactAnalysisPage() {
  const itsmApi = useApi(itsmApiRef);
  return (
    <ContinuityRecordPage
      type="impact-analysis"
      fields={(record: BusinessImpactAnalysis) => ({
        'business processes': record.businessProcesses.length
          ? record.businessProcesses.join(', ')
          : '—',
        RTO: minutes(record.rtoMinutes),
        RPO: minutes(record.rpoMinutes),
        MTPD: minutes(record.mtpdMinutes),
        'review due': <DateTime value={record.reviewDueAt} variant="date" />,
      })}
      columns={(record, { changed, reload }) => [
        {
          md: 6,
          cards: (
            <>
              <ObjectivesEditCard
                key={`objectives-${record.version}`}
                record={record}
                onChanged={changed}
                onReload={reload}
              />
              <RecoveryObjectivesCard record={record} />
              <ApprovalCard
                recordType="impact-analysis"
                record={record}
                decide={(ref, body) =>
                  itsmApi.decideImpactAnalysisApproval(ref, body)
                }
                onChanged={changed}
              />
            </>
          ),
        },
        // The grid needs the width: a category and five points.
        {
          md: 12,
          cards: (
            <ImpactGridCard
              key={record.version}
              record={record}
              onChanged={changed}
            />
          ),
        },
        { md: 12, cards: <ImpactAnalysisFactsCard record={record} /> },
      ]}
    />
  );
}
