import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import {
  CarriedChangeRequest,
  ExistingChangeRequestDialog,
} from '../../changes';
import { RaiseProblemChangeDialog } from './RaiseProblemChangeDialog';

type Dialog = 'raise' | 'use';

/**
 * The change request that implements a problem's approved solution
 * (§4.3.3): the one it carries, with its state, or, while the fix is in
 * progress, buttons to raise one from the solution plan or to use an
 * existing one. When that change closes successfully the problem is
 * resolved.
 */
export function ProblemChangeCard(props: {
  problem: Problem;
  onChanged: (problem: Problem) => void;
  /** Someone else changed the problem: load it again. */
  onReloadNeeded: () => void;
}) {
  const { problem, onChanged, onReloadNeeded } = props;
  const itsmApi = useApi(itsmApiRef);
  const [dialog, setDialog] = useState<Dialog>();
  const carried = problem.changeRequest;

  const canAdd =
    !carried && problem.allowed?.update && problem.state === 'fix_in_progress';
  const add = async (body: { change?: string; changeType?: string }) => {
    onChanged(
      await itsmApi.addProblemChangeRequest(problem.ref, {
        version: problem.version,
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
          {problem.state === 'fix_in_progress'
            ? 'The approved solution needs a change request to implement it.'
            : 'A change request implements the solution once it is approved.'}
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
          <Button variant="outlined" onClick={() => setDialog('use')}>
            Use existing change
          </Button>
        </Box>
      )}
      {dialog === 'raise' && (
        <RaiseProblemChangeDialog
          problem={problem}
          onReloadNeeded={onReloadNeeded}
          onClose={() => setDialog(undefined)}
          onRaised={raised => {
            onChanged(raised);
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'use' && (
        <ExistingChangeRequestDialog
          title="Use an existing change request"
          description="An open change request that implements this problem's solution."
          submitLabel="Use"
          onClose={() => setDialog(undefined)}
          onSubmit={change => add({ change })}
        />
      )}
    </InfoCard>
  );
}
