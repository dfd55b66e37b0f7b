import Typography from '@material-ui/core/Typography';
import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { ReleasesTable } from '../../releases';

/**
 * The releases of a configuration item, newest first (§6.3, §7.3.6): its
 * versions as they were planned, rolled out or rolled back.
 */
export function CiReleasesCard(props: { entityRef: string }) {
  const itsmApi = useApi(itsmApiRef);
  const { value, error } = useAsync(
    () => itsmApi.listReleases({ entityRef: props.entityRef, limit: 10 }),
    [itsmApi, props.entityRef],
  );
  return (
    <InfoCard title="Releases" noPadding>
      {error && <ResponseErrorPanel error={error} />}
      {value?.items.length === 0 && (
        <Typography color="textSecondary" style={{ padding: 16 }}>
          No releases.
        </Typography>
      )}
      {value && value.items.length > 0 && (
        <ReleasesTable
          releases={value.items}
          aria-label="Releases of this item"
        />
      )}
    </InfoCard>
  );
}
