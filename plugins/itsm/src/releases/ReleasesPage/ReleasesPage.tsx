import { useApi } from '@backstage/core-plugin-api';
import { releaseWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { RecordListPage } from '../../components/RecordListPage';
import { ReleasesTable } from '../ReleasesTable';
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

/**
 * All releases across the catalog (chapter 7), by view (upcoming, awaiting
 * approval, rolling out, finished), newest first, with their entity, the
 * calendar and a CSV export of the release records. Releases are scheduled
 * from an entity's Releases tab, where the free window is proposed.
 */
export function ReleasesPage() {
  const itsmApi = useApi(itsmApiRef);

  return (
    <RecordListPage
      title="Releases"
      recordType="release"
      plural="releases"
      views={views}
      initialView="upcoming"
      list={query => itsmApi.listReleases(query)}
      toCsv={releasesCsv}
      table={releases => <ReleasesTable releases={releases} showEntity />}
      hint="Schedule a release from its component's Releases tab, which proposes the next free window."
    />
  );
}
