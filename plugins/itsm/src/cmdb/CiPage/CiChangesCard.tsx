import Typography from '@material-ui/core/Typography';
import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { ChangesTable } from '../../changes';

/** The changes of a configuration item, newest first (§6.2, §6.3). */
export function CiChangesCard(props: { entityRef: string }) {
  const itsmApi = useApi(itsmApiRef);
  const { value, error } = useAsync(
    () => itsmApi.listChanges({ entityRef: props.entityRef, limit: 10 }),
    [itsmApi, props.entityRef],
  );
  return (
    <InfoCard title="Changes" noPadding>
      {error && <ResponseErrorPanel error={error} />}
      {value?.items.length === 0 && (
        <Typography color="textSecondary" style={{ padding: 16 }}>
          No changes.
        </Typography>
      )}
      {value && value.items.length > 0 && (
        <ChangesTable changes={value.items} aria-label="Changes of this item" />
      )}
    </InfoCard>
  );
}
