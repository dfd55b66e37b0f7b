import { useApi } from '@backstage/core-plugin-api';
import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { ChangeRequestCard } from '../../changes';
import { RaiseProblemChangeDialog } from './RaiseProblemChangeDialog';

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

  return (
    <ChangeRequestCard
      carried={problem.changeRequest}
      none={
        problem.state === 'fix_in_progress'
          ? 'The approved solution needs a change request to implement it.'
          : 'A change request implements the solution once it is approved.'
      }
      canAdd={!!problem.allowed?.update && problem.state === 'fix_in_progress'}
      carry={{
        button: 'Use existing change',
        title: 'Use an existing change request',
        description:
          "An open change request that implements this problem's solution.",
        submitLabel: 'Use',
      }}
      onCarry={async change =>
        onChanged(
          await itsmApi.addProblemChangeRequest(problem.ref, {
            version: problem.version,
            change,
          }),
        )
      }
      raiseDialog={close => (
        <RaiseProblemChangeDialog
          problem={problem}
          onReloadNeeded={onReloadNeeded}
          onClose={close}
          onRaised={raised => {
            onChanged(raised);
            close();
          }}
        />
      )}
    />
  );
}
