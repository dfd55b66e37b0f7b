import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  improvementSourceLabels,
  indicatorDefinition,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { Link as RouterLink } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { improvementSourceLink } from '../ImprovementItemPage/improvementSourceLink';
import { RaiseImprovementButton } from '../RaiseImprovementDialog';

const day = (value?: string) =>
  value ? <DateTime value={`${value}T12:00:00Z`} variant="date" /> : '—';

/**
 * The improvement register (§10.2.2): every item, newest first, with its
 * state, owner, the indicator it should move, its due date and its source
 * linked to where the lesson was written; and a button to propose one by
 * hand.
 */
export function ImprovementRegisterTab() {
  const api = useApi(itsmApiRef);
  const base = useItsmBasePath();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listImprovementRecords('improvement', { limit: 100 }),
    [api],
  );
  return (
    <>
      <Box mb={2} display="flex" justifyContent="flex-end">
        <RaiseImprovementButton
          source="manual"
          size="medium"
          onRaised={() => retry()}
        />
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.items.length === 0 && (
        <EmptyState missing="data" title="No improvement items yet" />
      )}
      {value && value.items.length > 0 && (
        <Table size="small" aria-label="Improvement items">
          <TableHead>
            <TableRow>
              <TableCell>Ref</TableCell>
              <TableCell>Title</TableCell>
              <TableCell>State</TableCell>
              <TableCell>Owner</TableCell>
              <TableCell>Indicator</TableCell>
              <TableCell>Due</TableCell>
              <TableCell>Source</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(item => {
              const sourceLink = improvementSourceLink(
                base,
                item.source,
                item.sourceRef,
              );
              return (
                <TableRow key={item.id}>
                  <TableCell>
                    {base ? (
                      <Link
                        component={RouterLink}
                        to={`${base}/improvements/${item.ref}`}
                      >
                        {item.ref}
                      </Link>
                    ) : (
                      item.ref
                    )}
                  </TableCell>
                  <TableCell>{item.title}</TableCell>
                  <TableCell>{stateLabel('improvement', item.state)}</TableCell>
                  <TableCell>
                    {item.owner ? <EntityName entityRef={item.owner} /> : '—'}
                  </TableCell>
                  <TableCell>
                    {item.indicatorId
                      ? indicatorDefinition(item.indicatorId)?.name ??
                        item.indicatorId
                      : '—'}
                  </TableCell>
                  <TableCell>{day(item.dueDate)}</TableCell>
                  <TableCell>
                    {improvementSourceLabels[item.source]}
                    {item.sourceRef && ' '}
                    {item.sourceRef &&
                      (sourceLink ? (
                        <Link component={RouterLink} to={sourceLink}>
                          {item.sourceRef}
                        </Link>
                      ) : (
                        item.sourceRef
                      ))}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}
