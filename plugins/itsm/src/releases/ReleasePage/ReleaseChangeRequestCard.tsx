import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  changeRequestStates,
  changeTypeLabels,
  Release,
  ReleaseState,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import {
  CarriedChangeRequest,
  ExistingChangeRequestDialog,
} from '../../changes';
import { FormDialog } from '../../components/FormDialog';

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
  const [dialog, setDialog] = useState<Dialog>();
  const carried = release.changeRequest;

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
      {carried ? (
        <CarriedChangeRequest changeRef={carried} />
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
        <ExistingChangeRequestDialog
          title="Carry a change request"
          description="An open change request that authorises this release."
          submitLabel="Carry"
          onClose={() => setDialog(undefined)}
          onSubmit={change => add({ change })}
        />
      )}
    </InfoCard>
  );
}
