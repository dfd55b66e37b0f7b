import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { BusinessImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName, EntityNames } from '../../components/EntityName';
import { formatMinutes } from '../../lib/formatMinutes';

/**
 * The facts an analysis starts from, gathered from the portal (§9.1.3(1)):
 * owner, system, what the entity depends on and what depends on it (the
 * CMDB), its service level agreement, and its outage of the last 12
 * months from P1 and major incidents.
 */
export function ImpactAnalysisFactsCard(props: {
  record: BusinessImpactAnalysis;
}) {
  const itsmApi = useApi(itsmApiRef);
  const { ref, version } = props.record;
  const { value, loading, error } = useAsync(
    () => itsmApi.getImpactAnalysisFacts(ref),
    // Reloaded when the record changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [itsmApi, ref, version],
  );
  return (
    <InfoCard title="Facts from the portal">
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && (
        <StructuredMetadataTable
          metadata={{
            owner: value.owner ? <EntityName entityRef={value.owner} /> : '—',
            system: value.system ? (
              <EntityName entityRef={value.system} />
            ) : (
              '—'
            ),
            'depends on': value.dependsOn.length ? (
              <EntityNames entityRefs={value.dependsOn.map(e => e.entityRef)} />
            ) : (
              'nothing in the catalog'
            ),
            'depended on by': value.dependents.length ? (
              <EntityNames
                entityRefs={value.dependents.map(e => e.entityRef)}
              />
            ) : (
              'nothing in the catalog'
            ),
            'service level agreement': value.sla?.name ?? 'none',
            'outage, last 12 months': (
              <>
                {formatMinutes(value.outage.minutes)} in{' '}
                {value.outage.incidents} P1 or major incident
                {value.outage.incidents === 1 ? '' : 's'} since{' '}
                <DateTime value={value.outage.since} variant="date" />
              </>
            ),
          }}
        />
      )}
    </InfoCard>
  );
}
