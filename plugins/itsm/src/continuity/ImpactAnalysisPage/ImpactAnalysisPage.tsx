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
 * date, the impact grid (editable in draft), its business processes, RTO
 * and RPO (editable in draft, RTO ≤ MTPD checked before sending), the
 * facts from the portal,
 * its objectives checked against the dependency graph, and its approval by
 * the entity's owner.
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
              <ImpactGridCard
                key={record.version}
                record={record}
                onChanged={changed}
              />
              <ObjectivesEditCard
                key={`objectives-${record.version}`}
                record={record}
                onChanged={changed}
                onReload={reload}
              />
              <ImpactAnalysisFactsCard record={record} />
            </>
          ),
        },
        {
          md: 6,
          cards: (
            <>
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
      ]}
    />
  );
}
