import { useCallback, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import AddIcon from '@material-ui/icons/Add';
import Alert from '@material-ui/lab/Alert';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { describeError } from '../../lib/describeError';
import { IncidentsTable } from '../IncidentsTable';
import { OpenIncidentsSummary } from '../OpenIncidentsSummary';
import { EntityProblemsCard } from '../../problems';
import { ReportIncidentDialog } from '../ReportIncidentDialog';
import {
  PendingTransitionDialog,
  TransitionNoticeAlert,
} from '../../components/TransitionDialog';
import { useEntityIncidents } from './useEntityIncidents';
import { useIncidentTransitions } from '../../hooks/useIncidentTransitions';
import { useRecordChanges } from '../../hooks/useRecordChanges';
import { useOpenIncidentCounts } from './useOpenIncidentCounts';

/** How many incidents one page of the list holds. */
export const INCIDENTS_PAGE_SIZE = 20;

/**
 * The Incidents tab of an entity page: the open incidents by priority, the
 * incidents affecting the entity (newest first, a page at a time) with the
 * workflow moves legal for each, and a form to report a new one.
 *
 * @public
 */
export function EntityIncidentsContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const entityName = entity.metadata.title ?? entity.metadata.name;

  const list = useEntityIncidents({
    entityRef,
    pageSize: INCIDENTS_PAGE_SIZE,
  });
  const openCounts = useOpenIncidentCounts(entityRef);
  const [reporting, setReporting] = useState(false);

  const { prepend, replace, reload } = list;
  const refreshCounts = openCounts.refresh;
  // Live: someone else reported or changed an incident of this entity.
  // (A system's tab lists its parts' incidents too: any change may count.)
  useRecordChanges(change => {
    if (
      entity.kind.toLocaleLowerCase('en-US') === 'system' ||
      change.entityRefs.includes(entityRef.toLocaleLowerCase('en-US'))
    ) {
      reload();
      refreshCounts();
    }
  }, 500);
  const onChanged = useCallback(
    (incident: Incident) => {
      replace(incident);
      refreshCounts();
    },
    [replace, refreshCounts],
  );
  const onReloadNeeded = useCallback(() => {
    reload();
    refreshCounts();
  }, [reload, refreshCounts]);
  const onCreated = useCallback(
    (incident: Incident) => {
      setReporting(false);
      prepend(incident);
      refreshCounts();
    },
    [prepend, refreshCounts],
  );

  const transitions = useIncidentTransitions({ onChanged, onReloadNeeded });

  const reportButton = (
    <Button
      variant="contained"
      color="primary"
      startIcon={<AddIcon />}
      onClick={() => setReporting(true)}
    >
      Report incident
    </Button>
  );

  let listContent;
  if (list.loading) {
    listContent = <Progress />;
  } else if (list.error) {
    listContent = (
      <Box p={2}>
        <ResponseErrorPanel error={list.error} />
      </Box>
    );
  } else if (list.incidents.length === 0) {
    listContent = (
      <EmptyState
        missing="data"
        title="No incidents"
        description={`Nothing has been reported against ${entityName}. If something is wrong with it, report an incident.`}
      />
    );
  } else {
    listContent = (
      <>
        <IncidentsTable
          incidents={list.incidents}
          busyIncidentId={transitions.busyIncidentId}
          onTransition={transitions.start}
        />
        {list.loadMoreError && (
          <Box px={2} pt={2}>
            <Alert severity="error">
              Could not load more incidents: {describeError(list.loadMoreError)}
            </Alert>
          </Box>
        )}
        {list.nextCursor && (
          <Box display="flex" justifyContent="center" p={2}>
            <Button
              variant="outlined"
              onClick={list.loadMore}
              disabled={list.loadingMore}
            >
              {list.loadingMore ? 'Loading…' : 'Load more'}
            </Button>
          </Box>
        )}
      </>
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <OpenIncidentsSummary
          counts={openCounts.counts}
          error={openCounts.error}
          onRetry={openCounts.refresh}
          action={reportButton}
        />
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Incidents"
          subheader={`Affecting ${entityName}, newest first`}
          noPadding
        >
          {transitions.notice && (
            <Box px={2} pt={2}>
              <TransitionNoticeAlert transitions={transitions} />
            </Box>
          )}
          {listContent}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <EntityProblemsCard entityRef={entityRef} />
      </Grid>
      <ReportIncidentDialog
        open={reporting}
        entityRef={entityRef}
        onClose={() => setReporting(false)}
        onCreated={onCreated}
      />
      <PendingTransitionDialog transitions={transitions} />
    </Grid>
  );
}
