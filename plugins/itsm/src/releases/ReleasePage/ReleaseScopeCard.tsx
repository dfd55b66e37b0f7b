import { useEffect, useState } from 'react';
import { EntityName } from '../../components/EntityName';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { ImpactAnalysis, Release } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';

/** How far the scope looks for dependent services. */
const DEPTH = 3;

/**
 * A release's scope (§7.1): the entities and modules it releases, and the
 * services that depend on them (impact analysis, three levels) with their
 * owners, the stakeholders to keep informed.
 */
export function ReleaseScopeCard(props: { release: Release }) {
  const { release } = props;
  const itsmApi = useApi(itsmApiRef);
  const [impact, setImpact] = useState<ImpactAnalysis>();
  const [error, setError] = useState<string>();
  const key = release.entityRefs.join(',');

  useEffect(() => {
    let current = true;
    itsmApi.analyzeImpact({ entityRefs: key.split(','), depth: DEPTH }).then(
      loaded => current && setImpact(loaded),
      e => current && setError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [itsmApi, key]);

  return (
    <InfoCard title="Scope">
      <Typography variant="subtitle2">Released</Typography>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} mb={1}>
        {release.entityRefs.map(ref => (
          <EntityName key={ref} entityRef={ref} />
        ))}
        {release.modules?.map(module => (
          <Chip key={module} size="small" label={`module: ${module}`} />
        ))}
      </Box>
      <Typography variant="subtitle2">
        Depends on it ({DEPTH} levels)
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {impact && impact.impacted.length === 0 && (
        <Typography color="textSecondary">Nothing depends on it.</Typography>
      )}
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {impact?.impacted.map(entity => (
          <EntityRefLink
            key={entity.entityRef}
            entityRef={entity.entityRef}
            title={`${entity.title} (${entity.depth})`}
          />
        ))}
      </Box>
      {impact && impact.stakeholders.length > 0 && (
        <Box mt={1}>
          <Typography variant="subtitle2">Stakeholders</Typography>
          <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
            {impact.stakeholders.map(ref => (
              <EntityName key={ref} entityRef={ref} defaultKind="group" />
            ))}
          </Box>
        </Box>
      )}
      {impact?.truncated && (
        <Typography variant="caption" color="textSecondary">
          More lies beyond; see the configuration item's graph.
        </Typography>
      )}
    </InfoCard>
  );
}
