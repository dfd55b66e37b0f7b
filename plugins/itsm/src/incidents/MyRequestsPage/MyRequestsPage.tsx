import { ReactNode, useCallback, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import Alert from '@material-ui/lab/Alert';
import {
  Content,
  ContentHeader,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Link as RouterLink } from 'react-router-dom';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Incident,
  incidentWorkflow,
  itsmServiceDeskUsePermission,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef, ListIncidentsOptions } from '../../api/ItsmApi';
import { useIncidentTransitions } from '../../hooks/useIncidentTransitions';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { useKeysetPages } from '../../hooks/useKeysetPages';
import { useRecordChanges } from '../../hooks/useRecordChanges';
import {
  PendingTransitionDialog,
  TransitionNoticeAlert,
} from '../../components/TransitionDialog';
import { useProblemsPageLink } from '../../problems';
import { OpenSurveysNotice } from '../../improvement';
import { ReportIncidentDialog } from '../ReportIncidentDialog';
import { MyRequestsTable } from './MyRequestsTable';

const PAGE_SIZE = 20;

/** Not finished: still worked, or resolved and waiting for confirmation. */
const unfinished = incidentWorkflow.states.filter(
  s => !incidentWorkflow.terminalStates.includes(s),
);

type ListOptions = Omit<ListIncidentsOptions, 'cursor'>;

/** The caller's requests in some states, most recently changed first. */
function useMyRequests(states: string[]) {
  const itsmApi = useApi(itsmApiRef);
  return useKeysetPages(
    (query: ListOptions & { cursor?: string }) => itsmApi.listIncidents(query),
    { reportedBy: ['me'], state: states, sort: 'updated', limit: PAGE_SIZE },
  );
}

/** One section of the page: its requests, paged, or why there are none. */
function RequestsSection(props: {
  title: string;
  list: ReturnType<typeof useMyRequests>;
  empty: string;
  children: (incidents: Incident[]) => ReactNode;
}) {
  const { title, list, empty } = props;
  return (
    <Box mb={3}>
      <InfoCard title={title} noPadding>
        {list.error && !list.loading ? (
          <ResponseErrorPanel error={list.error} />
        ) : (
          props.children(list.items)
        )}
        {list.loading && <Progress />}
        {!list.loading && !list.error && list.items.length === 0 && (
          <Box p={2} color="text.secondary">
            {empty}
          </Box>
        )}
        {list.hasMore && !list.loading && (
          <Box display="flex" justifyContent="center" p={1}>
            <Button onClick={list.loadMore}>Load more</Button>
          </Box>
        )}
      </InfoCard>
    </Box>
  );
}

/**
 * "My requests" (§2.3.3, keeping the user informed): the incidents the
 * signed-in user reported or an agent logged for them, open ones (with
 * what each waits for from them, their confirmation or answer a click
 * away) and finished ones; and "Report a problem". The home of the ITSM page for whoever does
 * not work the service desk's queues.
 */
export function MyRequestsPage() {
  const open = useMyRequests(unfinished);
  const closed = useMyRequests([...incidentWorkflow.terminalStates]);
  const { allowed: agent } = usePermission({
    permission: itsmServiceDeskUsePermission,
  });
  const base = useItsmBasePath() ?? '';
  const knownErrors = useProblemsPageLink();
  const pageOf = useIncidentLink();
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState<Incident>();

  const reloadOpen = open.reload;
  const reloadClosed = closed.reload;
  const reloadAll = useCallback(() => {
    reloadOpen();
    reloadClosed();
  }, [reloadOpen, reloadClosed]);
  // A confirmed resolution moves the request from one section to the other.
  const transitions = useIncidentTransitions({
    onChanged: reloadAll,
    onReloadNeeded: reloadAll,
  });
  // Live: an agent answered, resolved or closed one of mine.
  useRecordChanges(change => {
    const shown = [...open.items, ...closed.items];
    if (change.type === 'incident' && shown.some(i => i.id === change.id)) {
      reloadAll();
    }
  }, 500);

  return (
    <Content>
      <ContentHeader title="My requests">
        {agent && (
          <Button
            component={RouterLink}
            to={base || '/'}
            style={{ marginRight: 8 }}
          >
            Service desk
          </Button>
        )}
        {knownErrors && (
          <Button
            component={RouterLink}
            to={knownErrors({ tab: 'known-errors' })}
            style={{ marginRight: 8 }}
          >
            Known errors
          </Button>
        )}
        <Button
          component={RouterLink}
          to={`${base}/changes`}
          style={{ marginRight: 8 }}
        >
          Changes
        </Button>
        <Button
          component={RouterLink}
          to={`${base}/releases`}
          style={{ marginRight: 8 }}
        >
          Releases
        </Button>
        <Button
          variant="contained"
          color="primary"
          size="large"
          startIcon={<ReportProblemIcon />}
          onClick={() => setReporting(true)}
        >
          Report a problem
        </Button>
      </ContentHeader>
      {reported && (
        <Alert severity="success" onClose={() => setReported(undefined)}>
          {reported.ref} reported. The service desk will get back to you here;
          you will find it under Open.{' '}
          {pageOf && <Link to={pageOf(reported.ref)}>Follow it</Link>}
        </Alert>
      )}
      <TransitionNoticeAlert transitions={transitions} />
      <OpenSurveysNotice />
      <RequestsSection
        title="Open"
        list={open}
        empty="Nothing open. When something does not work, report a problem."
      >
        {incidents => (
          <MyRequestsTable
            incidents={incidents}
            awaited
            busyIncidentId={transitions.busyIncidentId}
            onMove={transitions.start}
          />
        )}
      </RequestsSection>
      <RequestsSection title="Closed" list={closed} empty="Nothing closed yet.">
        {incidents => <MyRequestsTable incidents={incidents} />}
      </RequestsSection>
      <ReportIncidentDialog
        open={reporting}
        title="Report a problem"
        onClose={() => setReporting(false)}
        onCreated={incident => {
          setReporting(false);
          setReported(incident);
          reloadOpen();
        }}
      />
      <PendingTransitionDialog transitions={transitions} />
    </Content>
  );
}
