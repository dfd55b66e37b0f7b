import { useApi } from '@backstage/core-plugin-api';
import {
  changeRequestStates,
  changeTypeLabels,
  Release,
  ReleaseState,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { ChangeRequestCard } from '../../changes';
import { FormDialog } from '../../components/FormDialog';

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

  const add = async (body: { change?: string; changeType?: string }) =>
    onChanged(
      await itsmApi.addReleaseChangeRequest(release.ref, {
        version: release.version,
        ...body,
      }),
    );

  return (
    <ChangeRequestCard
      carried={release.changeRequest}
      none="This release carries no change request."
      canAdd={
        !!release.allowed?.update &&
        changeRequestStates.includes(release.state as ReleaseState)
      }
      carry={{
        button: 'Carry existing',
        title: 'Carry a change request',
        description: 'An open change request that authorises this release.',
        submitLabel: 'Carry',
      }}
      onCarry={change => add({ change })}
      raiseDialog={close => (
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
          onClose={close}
          onSubmit={async values => {
            await add({ changeType: values.changeType });
            close();
          }}
        />
      )}
    />
  );
}
