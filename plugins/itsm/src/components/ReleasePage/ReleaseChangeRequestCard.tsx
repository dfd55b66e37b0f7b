import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Change,
  changeRequestStates,
  changeTypeLabels,
  Release,
  ReleaseState,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useChangeLink } from '../../hooks/useChangeLink';
import { describeError } from '../../lib/describeError';
import { formatWindow } from '../../lib/formatWindow';
import { changeStateLabel } from '../ChangesTable';
import { FormDialog } from '../FormDialog';

type Dialog = 'raise' | 'carry';

/**
 * The change request that authorises the release (§7.1): the one it
 * carries, with its state, or, until the rollout starts, buttons to raise
 * one from the release's plan or to carry an existing one.
 */
export function ReleaseChangeRequestCard(props: {
  release: Release;
  onChanged: (release: Release) => void;
}) {
  const { release, onChanged } = props;
  const itsmApi = useApi(itsmApiRef);
  const changeLink = useChangeLink();
  const [change, setChange] = useState<Change>();
  const [error, setError] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  const carried = release.changeRequest;

  useEffect(() => {
    if (!carried) return undefined;
    let current = true;
    itsmApi.getChange(carried).then(
      loaded => current && setChange(loaded),
      e => current && setError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [itsmApi, carried]);

  const canAdd =
    !carried &&
    release.allowed?.update &&
    changeRequestStates.includes(release.state as ReleaseState);
  const add = async (body: { change?: string; changeType?: string }) => {
    onChanged(
      await itsmApi.addReleaseChangeRequest(release.ref, {
        version: release.version,
        ...body,
      }),
    );
    setDialog(undefined);
  };

  return (
    <InfoCard title="Change request">
      {error && <Alert severity="error">{error}</Alert>}
      {carried ? (
        <Box>
          <Typography>
            {changeLink ? (
              <Link to={changeLink(carried)}>{carried}</Link>
            ) : (
              carried
            )}
            {change ? `: ${change.title}` : ''}
          </Typography>
          {change && (
            <Typography variant="body2" color="textSecondary">
              {changeStateLabel(change.state)} · {formatWindow(change.window)}
            </Typography>
          )}
        </Box>
      ) : (
        <Typography color="textSecondary">
          This release carries no change request.
        </Typography>
      )}
      {canAdd && (
        <Box mt={2} display="flex" style={{ gap: 8 }}>
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setDialog('raise')}
          >
            Raise change request
          </Button>
          <Button variant="outlined" onClick={() => setDialog('carry')}>
            Carry existing
          </Button>
        </Box>
      )}
      {dialog === 'raise' && (
        <FormDialog
          title="Raise a change request"
          description="A draft change with this release's entities, window, risk answers and rollout phases as its plan. Complete and submit it from its page."
          submitLabel="Raise"
          fields={[
            {
              name: 'changeType',
              label: 'Type of change',
              kind: 'select',
              choices: changeTypeLabels,
              required: true,
            },
          ]}
          initialValues={{ changeType: 'system' }}
          onClose={() => setDialog(undefined)}
          onSubmit={values => add({ changeType: values.changeType })}
        />
      )}
      {dialog === 'carry' && (
        <FormDialog
          title="Carry a change request"
          description="An open change request that authorises this release."
          submitLabel="Carry"
          fields={[
            {
              name: 'change',
              label: 'Change request',
              kind: 'text',
              required: true,
              helperText: 'e.g. CHG-12',
            },
          ]}
          onClose={() => setDialog(undefined)}
          onSubmit={values => add({ change: values.change.trim() })}
        />
      )}
    </InfoCard>
  );
}
