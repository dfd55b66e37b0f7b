import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  EntityRefLink,
  EntityRefLinks,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  ciBasicData,
  CiDataField,
  ImpactedEntity,
} from '@backstage-itsm/plugin-itsm-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useOpenIncidentCounts } from '../../incidents';
import { CiChangeList } from './CiChangeList';
import { useCiChanges } from './useCiChanges';
import { useCiLink } from '../../hooks/useCiLink';
import { impactRelationLabels } from '../../lib/impactRelationLabels';
import { useImpact } from './useImpact';

/** How many steps of dependents the card looks at, and lists. */
const DEPTH = 3;
const LISTED = 8;
/** How many of the item's last changes the card shows. */
const CHANGES = 3;

const dataLabels: Record<CiDataField, string> = {
  model: 'Model',
  version: 'Version',
  supplier: 'Supplier',
  serialNumber: 'Serial number',
  specification: 'Specification',
};

function ImpactedRow({ item }: { item: ImpactedEntity }) {
  const from = item.path[item.path.length - 2];
  return (
    <TableRow>
      <TableCell>
        <EntityRefLink entityRef={item.entityRef} title={item.title} />
      </TableCell>
      <TableCell>
        {item.relation ? impactRelationLabels[item.relation] : ''}{' '}
        {from && <EntityRefLink entityRef={from} defaultKind="component" />}
      </TableCell>
      <TableCell>{item.ciClass}</TableCell>
    </TableRow>
  );
}

/**
 * The entity as a configuration item (§6.1): its class and basic data, its
 * open incidents and last changes (§6.2), and what depends on it within
 * three steps, with the owners to tell.
 */
export function EntityConfigurationItemCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useImpact(entityRef, DEPTH);
  const changes = useCiChanges(entityRef, CHANGES);
  const { counts } = useOpenIncidentCounts(entityRef);
  const openIncidents = counts
    ? Object.values(counts).reduce((sum, n) => sum + n, 0)
    : undefined;
  const data = ciBasicData(entity);
  const fields = (Object.keys(dataLabels) as CiDataField[]).filter(
    f => data[f],
  );
  const root = value?.roots[0];
  const ciLink = useCiLink();

  return (
    <InfoCard
      title="Configuration item"
      subheader={data.name}
      deepLink={
        ciLink
          ? { title: 'Open in the CMDB', link: ciLink(entityRef) }
          : undefined
      }
    >
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {root && (
        <Box mb={2} display="flex" style={{ gap: 8 }}>
          <Chip
            size="small"
            label={`Class: ${root.ciClass}`}
            aria-label={`Class ${root.ciClass}`}
          />
          {openIncidents !== undefined && (
            <Chip
              size="small"
              color={openIncidents > 0 ? 'secondary' : 'default'}
              label={`${openIncidents} open ${
                openIncidents === 1 ? 'incident' : 'incidents'
              }`}
            />
          )}
        </Box>
      )}
      {fields.length > 0 && (
        <Table size="small" aria-label="Basic data">
          <TableBody>
            {fields.map(f => (
              <TableRow key={f}>
                <TableCell component="th" scope="row">
                  {dataLabels[f]}
                </TableCell>
                <TableCell>{data[f]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Box mt={2}>
        <Typography variant="subtitle2">Last changes</Typography>
        {changes.error && <ResponseErrorPanel error={changes.error} />}
        {changes.value?.items.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            No changes recorded yet.
          </Typography>
        )}
        {changes.value && changes.value.items.length > 0 && (
          <CiChangeList changes={changes.value.items} />
        )}
      </Box>
      {value && (
        <Box mt={2}>
          <Typography variant="subtitle2" gutterBottom>
            {value.impacted.length === 0
              ? 'Nothing in the catalog depends on it.'
              : `${value.impacted.length}${value.truncated ? '+' : ''} ${
                  value.impacted.length === 1
                    ? 'entity depends'
                    : 'entities depend'
                } on it within ${DEPTH} steps`}
          </Typography>
          {value.impacted.length > 0 && (
            <>
              <Table size="small" aria-label="What depends on it">
                <TableBody>
                  {value.impacted.slice(0, LISTED).map(item => (
                    <ImpactedRow key={item.entityRef} item={item} />
                  ))}
                </TableBody>
              </Table>
              {value.impacted.length > LISTED && (
                <Typography variant="body2" color="textSecondary">
                  and {value.impacted.length - LISTED} more
                </Typography>
              )}
              <Box mt={1}>
                <Typography variant="body2" component="span">
                  Stakeholders:{' '}
                </Typography>
                <EntityRefLinks
                  entityRefs={value.stakeholders}
                  defaultKind="group"
                />
              </Box>
            </>
          )}
        </Box>
      )}
    </InfoCard>
  );
}
