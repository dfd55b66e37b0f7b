import Box from '@material-ui/core/Box';
import { EntityName } from '../../components/EntityName';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { useParams } from 'react-router-dom';
import {
  Content,
  ContentHeader,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { useRouteRef } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { ciBasicData, entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { useImpact } from '../EntityConfigurationItemCard/useImpact';
import { CiHistoryCard } from './CiHistoryCard';
import { CiChangesCard } from './CiChangesCard';
import { CiReleasesCard } from './CiReleasesCard';
import { CiProblemsCard } from './CiProblemsCard';
import { CiRecordsCard } from './CiRecordsCard';
import { CiRelationshipsCard } from './CiRelationshipsCard';

const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';

/** The rows of the attributes table: what the CMDB knows of the item. */
function attributesOf(entity: Entity): [string, string | JSX.Element][] {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const data = ciBasicData(entity);
  const text = (value: unknown) =>
    typeof value === 'string' && value ? value : undefined;
  const rows: [string, string | JSX.Element | undefined][] = [
    ['Kind', entity.kind],
    ['Type', text(spec.type)],
    [
      'Owner',
      text(spec.owner) && (
        <EntityName entityRef={String(spec.owner)} defaultKind="group" />
      ),
    ],
    [
      'System',
      text(spec.system) && (
        <EntityName entityRef={String(spec.system)} defaultKind="system" />
      ),
    ],
    ['Lifecycle', text(spec.lifecycle)],
    ['Model', data.model],
    ['Version', data.version],
    ['Supplier', data.supplier],
    ['Serial number', data.serialNumber],
    ['Specification', data.specification],
    ...Object.entries(entity.metadata.labels ?? {}).map(
      ([key, value]) => [`Label ${key}`, value] as [string, string],
    ),
    ['Description', entity.metadata.description],
  ];
  return rows.filter((row): row is [string, string | JSX.Element] =>
    Boolean(row[1]),
  );
}

/**
 * One configuration item (§6.3): its attributes and documents, its
 * relationships as a graph (upstream or downstream, to a chosen depth),
 * its change history and its incidents.
 */
export function CiPage() {
  const { kind = '', namespace = 'default', name = '' } = useParams();
  const entityRef = `${kind}:${namespace}/${name}`.toLowerCase();
  const catalogApi = useApi(catalogApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const {
    value: entity,
    loading,
    error,
  } = useAsync(
    () => catalogApi.getEntityByRef(entityRef),
    [catalogApi, entityRef],
  );
  // The class as the backend gives it (configured rules included).
  const ciClass = useImpact(entityRef, 1).value?.roots[0]?.ciClass;

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!entity) {
    return (
      <Content>
        <WarningPanel
          title={`${entityRefName(entityRef)} is not in the catalog`}
        >
          It may have been removed, or you may not be allowed to see it.
        </WarningPanel>
      </Content>
    );
  }
  const techdocs = entity.metadata.annotations?.[TECHDOCS_ANNOTATION];
  const catalogLink = entityRoute({
    kind: entity.kind.toLowerCase(),
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
  });
  return (
    <Content>
      <ContentHeader
        title={entity.metadata.title ?? entity.metadata.name}
        description={`${entity.kind} · ${entity.metadata.name}`}
      >
        <Link to={catalogLink}>Open in the catalog</Link>
      </ContentHeader>
      {ciClass && (
        <Box mb={2} display="flex" style={{ gap: 8 }}>
          <Chip size="small" label={`Class: ${ciClass}`} />
        </Box>
      )}
      <Grid container spacing={2}>
        <Grid item xs={12} md={4}>
          <InfoCard title="Attributes">
            <Table size="small" aria-label="Attributes">
              <TableBody>
                {attributesOf(entity).map(([label, value]) => (
                  <TableRow key={label}>
                    <TableCell
                      component="th"
                      scope="row"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {label}
                    </TableCell>
                    <TableCell>{value}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </InfoCard>
          <Box mt={2}>
            <InfoCard title="Documents">
              {techdocs && (
                <Box mb={1}>
                  <Link
                    to={`/docs/${
                      entity.metadata.namespace ?? 'default'
                    }/${entity.kind.toLowerCase()}/${entity.metadata.name}`}
                  >
                    Technical documentation (TechDocs)
                  </Link>
                </Box>
              )}
              {(entity.metadata.links ?? []).map(link => (
                <Box key={link.url} mb={1}>
                  <Link to={link.url}>{link.title ?? link.url}</Link>
                </Box>
              ))}
              {!techdocs && !entity.metadata.links?.length && 'No documents.'}
            </InfoCard>
          </Box>
        </Grid>
        <Grid item xs={12} md={8}>
          <CiRelationshipsCard entityRef={entityRef} />
        </Grid>
        <Grid item xs={12} md={6}>
          <CiHistoryCard entityRef={entityRef} />
        </Grid>
        <Grid item xs={12} md={6}>
          <CiRecordsCard entityRef={entityRef} />
        </Grid>
        <Grid item xs={12}>
          <CiChangesCard entityRef={entityRef} />
        </Grid>
        <Grid item xs={12}>
          <CiProblemsCard entityRef={entityRef} />
        </Grid>
        <Grid item xs={12}>
          <CiReleasesCard entityRef={entityRef} />
        </Grid>
      </Grid>
    </Content>
  );
}
