import { useCallback, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
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
import { releaseWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useChangeCalendarLink } from '../../hooks/useChangeCalendarLink';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { downloadCsv } from '../../lib/csv';
import { ReleasesTable } from '../ReleasesTable';
import { SelectField } from '../../components/SelectField';
import { releasesCsv } from './releasesCsv';

/** The lists the page offers, by the workflow's states. */
const views = {
  upcoming: {
    label: 'Upcoming',
    states: ['planned', 'awaiting_approval', 'approved', 'ready'],
  },
  awaiting_approval: {
    label: 'Awaiting approval',
    states: ['awaiting_approval'],
  },
  rolling_out: { label: 'Rolling out', states: ['rolling_out', 'confirming'] },
  finished: { label: 'Finished', states: [...releaseWorkflow.terminalStates] },
} as const;

type View = keyof typeof views;

/**
 * All releases across the catalog (chapter 7), by view (upcoming, awaiting
 * approval, rolling out, finished), newest first, with their entity, the
 * calendar and a CSV export of the release records. Releases are scheduled
 * from an entity's Releases tab, where the free window is proposed.
 */
export function ReleasesPage() {
  const itsmApi = useApi(itsmApiRef);
  const navigate = useNavigate();
  const calendarLink = useChangeCalendarLink();
  const [view, setView] = useState<View>('upcoming');
  const { items: releases, error } = useLiveRecordList(
    useCallback(
      () =>
        itsmApi.listReleases({ state: [...views[view].states], limit: 100 }),
      [itsmApi, view],
    ),
    'release',
  );

  return (
    <Content>
      <ContentHeader title="Releases">
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
          disabled={!releases?.length}
          onClick={() =>
            downloadCsv(releasesCsv(releases ?? []), `releases-${view}.csv`)
          }
        >
          Export CSV
        </Button>
      </ContentHeader>
      <Box mb={2} display="flex" alignItems="center" style={{ gap: 16 }}>
        <Box width={280}>
          <SelectField
            id="itsm-releases-view"
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
        <Typography variant="body2" color="textSecondary">
          Schedule a release from its component's Releases tab, which proposes
          the next free window.
        </Typography>
      </Box>
      {error !== undefined && <ResponseErrorPanel error={error as Error} />}
      {releases === undefined && error === undefined ? (
        <Progress />
      ) : (
        <InfoCard noPadding>
          {releases?.length ? (
            <ReleasesTable releases={releases} showEntity />
          ) : (
            <Box p={2}>
              <Typography color="textSecondary">
                No {views[view].label.toLocaleLowerCase('en-US')} releases.
              </Typography>
            </Box>
          )}
        </InfoCard>
      )}
    </Content>
  );
}
