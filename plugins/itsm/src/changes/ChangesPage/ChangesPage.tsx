import { useState } from 'react';
import Button from '@material-ui/core/Button';
import AddIcon from '@material-ui/icons/Add';
import { useApi } from '@backstage/core-plugin-api';
import { useNavigate } from 'react-router-dom';
import { changeWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useChangeLink } from '../../hooks/useChangeLink';
import { RecordListPage } from '../../components/RecordListPage';
import { ChangesTable } from '../ChangesTable';
import { RequestChangeDialog } from '../RequestChangeDialog';
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

/**
 * All changes (chapter 5), by view (open, awaiting approval, scheduled, in
 * progress, finished), newest first, with "Request change".
 */
export function ChangesPage() {
  const itsmApi = useApi(itsmApiRef);
  const navigate = useNavigate();
  const changeLink = useChangeLink();
  const [requesting, setRequesting] = useState(false);

  return (
    <RecordListPage
      title="Changes"
      recordType="change"
      plural="changes"
      views={views}
      initialView="open"
      list={query => itsmApi.listChanges(query)}
      toCsv={changesCsv}
      table={changes => <ChangesTable changes={changes} />}
      actions={
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => setRequesting(true)}
        >
          Request change
        </Button>
      }
    >
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
    </RecordListPage>
  );
}
