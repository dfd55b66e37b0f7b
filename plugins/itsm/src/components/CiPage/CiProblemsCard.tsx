import Typography from '@material-ui/core/Typography';
import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { ProblemsTable } from '../ProblemsTable';

/**
 * The problems of a configuration item, newest first (§6.3, chapter 4):
 * the causes found behind its incidents, with the known errors marked.
 */
export function CiProblemsCard(props: { entityRef: string }) {
  const itsmApi = useApi(itsmApiRef);
  const { value, error } = useAsync(
    () => itsmApi.listProblems({ entityRef: props.entityRef, limit: 10 }),
    [itsmApi, props.entityRef],
  );
  return (
    <InfoCard title="Problems" noPadding>
      {error && <ResponseErrorPanel error={error} />}
      {value?.items.length === 0 && (
        <Typography color="textSecondary" style={{ padding: 16 }}>
          No problems.
        </Typography>
      )}
      {value && value.items.length > 0 && (
        <ProblemsTable
          problems={value.items}
          aria-label="Problems of this item"
        />
      )}
    </InfoCard>
  );
}
