import { useCallback, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import EventIcon from '@material-ui/icons/Event';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useNavigate } from 'react-router-dom';
import { changeWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useChangeLink } from '../../hooks/useChangeLink';
import { useChangeCalendarLink } from '../../hooks/useChangeCalendarLink';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { ChangesTable } from '../ChangesTable';
import { RequestChangeDialog } from '../RequestChangeDialog';
import { SelectField } from '../../components/SelectField';
import { downloadCsv } from '../../lib/csv';
import { changesCsv } from './changesCsv';

/** The lists the page offers: by the workflow's open and finished states. */
const views = {
  open: { label: 'Open', states: [...changeWorkflow.openStates] },
  awaiting_approval: {
    label: 'Awaiting approval',
    states: ['awaiting_approval'],
  },
  scheduled: { label: 'Scheduled', states: ['scheduled'] },
  implementing: { label: 'In progress', states: ['implementing', 'review'] },
  finished: { label: 'Finished', states: [...changeWorkflow.terminalStates] },
} as const;

type View = keyof typeof views;

/**
 * All changes (chapter 5), by view (open, awaiting approval, scheduled, in
 * progress, finished), newest first, with "Request change".
 */
export function ChangesPage() {
  const itsmApi = useApi(itsmApiRef);
  const navigate = useNavigate();
  const changeLink = useChangeLink();
  const calendarLink = useChangeCalendarLink();
  const [view, setView] = useState<View>('open');
  const [requesting, setRequesting] = useState(false);

  const { items: changes, error } = useLiveRecordList(
    useCallback(
      () => itsmApi.listChanges({ state: [...views[view].states], limit: 100 }),
      [itsmApi, view],
    ),
    'change',
  );

  return (
    <Content>
      <ContentHeader title="Changes">
        {calendarLink && (
          <Button
            style={{ marginRight: 8 }}
            startIcon={<EventIcon />}
            onClick={() => navigate(calendarLink())}
          >
            Calendar
          </Button>
        )}
        <Button
          style={{ marginRight: 8 }}
          disabled={!changes?.length}
          onClick={() =>
            downloadCsv(changesCsv(changes ?? []), `changes-${view}.csv`)
          }
        >
          Export CSV
        </Button>
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => setRequesting(true)}
        >
          Request change
        </Button>
      </ContentHeader>
      <Box mb={2} maxWidth={280}>
        <SelectField
          id="itsm-changes-view"
          label="Show"
          value={view}
          options={Object.keys(views) as View[]}
          labels={
            Object.fromEntries(
              Object.entries(views).map(([k, v]) => [k, v.label]),
            ) as Record<View, string>
          }
          onChange={setView}
        />
      </Box>
      {error !== undefined && <ResponseErrorPanel error={error as Error} />}
      {changes === undefined && error === undefined ? (
        <Progress />
      ) : (
        <InfoCard noPadding>
          {changes?.length ? (
            <ChangesTable changes={changes} />
          ) : (
            <Box p={2}>
              <Typography color="textSecondary">
                No {views[view].label.toLocaleLowerCase('en-US')} changes.
              </Typography>
            </Box>
          )}
        </InfoCard>
      )}
      {requesting && (
        <RequestChangeDialog
          open
          onClose={() => setRequesting(false)}
          onCreated={change => {
            setRequesting(false);
            if (changeLink) navigate(changeLink(change.ref));
          }}
        />
      )}
    </Content>
  );
}
