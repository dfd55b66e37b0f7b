import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import AddIcon from '@material-ui/icons/Add';
import EventIcon from '@material-ui/icons/Event';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useNavigate } from 'react-router-dom';
import { Change } from '@backstage-itsm/plugin-itsm-common';
import { useChangeLink } from '../../hooks/useChangeLink';
import { useChangeCalendarLink } from '../../hooks/useChangeCalendarLink';
import { RecordSection } from '../../components/RecordSection';
import { ChangesTable } from '../ChangesTable';
import { RequestChangeDialog } from '../RequestChangeDialog';
import { useEntityChanges } from './useEntityChanges';

function Section(props: {
  title: string;
  changes: Change[] | undefined;
  empty: string;
}) {
  return (
    <RecordSection
      title={props.title}
      count={props.changes?.length}
      empty={props.empty}
    >
      <ChangesTable changes={props.changes ?? []} aria-label={props.title} />
    </RecordSection>
  );
}

/**
 * The Changes tab of an entity page: its upcoming changes (by window), the
 * ones being implemented or reviewed, the latest finished ones, and a
 * "Request change" button.
 *
 * @public
 */
export function EntityChangesContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const changes = useEntityChanges(entityRef);
  const [requesting, setRequesting] = useState(false);
  const navigate = useNavigate();
  const changeLink = useChangeLink();
  const calendarLink = useChangeCalendarLink();

  const created = (change: Change) => {
    setRequesting(false);
    if (changeLink) navigate(changeLink(change.ref));
    else changes.reload();
  };

  return (
    <Box>
      <Box display="flex" justifyContent="flex-end" mb={2}>
        {calendarLink && (
          <Button
            style={{ marginRight: 8 }}
            startIcon={<EventIcon />}
            onClick={() => navigate(calendarLink(entityRef))}
          >
            Calendar
          </Button>
        )}
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => setRequesting(true)}
        >
          Request change
        </Button>
      </Box>
      {changes.error !== undefined && (
        <ResponseErrorPanel error={changes.error as Error} />
      )}
      {changes.loading ? (
        <Progress />
      ) : (
        <>
          <Section
            title="Upcoming changes"
            changes={changes.upcoming}
            empty="No change is planned for this entity."
          />
          <Section
            title="In progress"
            changes={changes.inProgress}
            empty="No change is being implemented or reviewed."
          />
          <Section
            title="Recent changes"
            changes={changes.recent}
            empty="No change has finished yet."
          />
        </>
      )}
      {requesting && (
        <RequestChangeDialog
          open
          entityRef={entityRef}
          onClose={() => setRequesting(false)}
          onCreated={created}
        />
      )}
    </Box>
  );
}
