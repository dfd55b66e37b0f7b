import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ContinuityPlan } from '@backstage-itsm/plugin-itsm-common';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { EntityName } from '../../components/EntityName';
import { useContinuityLink } from '../../hooks/useContinuityLink';

function minutes(value: number | undefined): string {
  if (value === undefined) return '—';
  return value >= 60 && value % 60 === 0 ? `${value / 60} h` : `${value} min`;
}

/**
 * The plan's objectives (§9.2.2(1)): for each service it covers, the RTO
 * and RPO of its approved business impact analysis, or that it has none.
 */
export function PlanObjectivesCard(props: { plan: ContinuityPlan }) {
  const { plan } = props;
  const itsmApi = useApi(itsmApiRef);
  const link = useContinuityLink();
  const { value, loading, error } = useAsync(
    () => itsmApi.getContinuityPlanObjectives(plan.ref),
    // The objectives follow what the plan covers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [itsmApi, plan.ref, plan.entityRefs.join(',')],
  );
  return (
    <InfoCard title="Objectives">
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value?.map(o => (
        <div key={o.entityRef}>
          <Typography variant="subtitle2">
            <EntityName entityRef={o.entityRef} />
          </Typography>
          {o.analysis ? (
            <StructuredMetadataTable
              metadata={{
                RTO: minutes(o.rtoMinutes),
                RPO: minutes(o.rpoMinutes),
                analysis: link ? (
                  <Link to={link('impact-analysis', o.analysis)}>
                    {o.analysis}
                  </Link>
                ) : (
                  o.analysis
                ),
              }}
            />
          ) : (
            <Typography variant="body2" color="textSecondary">
              No approved business impact analysis: its RTO and RPO are not set.
            </Typography>
          )}
        </div>
      ))}
    </InfoCard>
  );
}
