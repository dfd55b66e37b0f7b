import { useApi } from '@backstage/core-plugin-api';
import { ContinuityPlan } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { ApprovalCard } from '../../components/ApprovalCard';
import { ContinuityRecordPage } from '../ContinuityRecordPage';
import { PlanDetailsCard } from './PlanDetailsCard';
import { PlanEditButton } from './PlanEditButton';
import { PlanMeasuresCard } from './PlanMeasuresCard';
import { PlanObjectivesCard } from './PlanObjectivesCard';
import { PlanProcedureCard } from './PlanProcedureCard';
import { PlanVersionsCard } from './PlanVersionsCard';

/**
 * A continuity plan's page (§9.2): its objectives from the covered
 * services' approved analyses, its measures by phase with tick boxes, its
 * procedure, activation criteria, resources, contacts and drill schedule,
 * its approval and its approved versions with their comparison; its
 * owners edit its content in draft or under revision ("Edit plan").
 */
export function ContinuityPlanPage() {
  const itsmApi = useApi(itsmApiRef);
  return (
    <ContinuityRecordPage
      type="continuity-plan"
      columns={(plan, page) => [
        {
          md: 6,
          cards: (
            <>
              <PlanEditButton
                plan={plan}
                onChanged={page.changed}
                onReload={page.reload}
              />
              <PlanObjectivesCard plan={plan} />
              <PlanMeasuresCard plan={plan} onChanged={page.changed} />
              <PlanProcedureCard plan={plan} />
            </>
          ),
        },
        {
          md: 6,
          cards: (
            <>
              <ApprovalCard<ContinuityPlan>
                recordType="continuity-plan"
                record={plan}
                decide={(_, body) =>
                  itsmApi.decideContinuityPlanApproval(plan.ref, body)
                }
                onChanged={page.changed}
              />
              <PlanDetailsCard plan={plan} />
              <PlanVersionsCard plan={plan} />
            </>
          ),
        },
      ]}
    />
  );
}
