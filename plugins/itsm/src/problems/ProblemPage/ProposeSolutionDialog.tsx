import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { FormDialog } from '../../components/FormDialog';

/** A solution plan (§4.3.1) as the `propose_solution` move carries it. */
export type SolutionProposal = {
  description: string;
  estimatedHours?: number;
  expectedEffect: string;
};

/** "12", "1.5" or "1,5" as hours above 0; undefined for anything else. */
function parseHours(value: string): number | undefined {
  const hours = Number(value.trim().replace(',', '.'));
  return Number.isFinite(hours) && hours > 0 ? hours : undefined;
}

/**
 * Asks for the solution plan of a problem (§4.3.1): what will be done, how
 * many hours it takes and what it achieves; filled in with the previous
 * revision when a rejection sent it back. Proposing it asks the approvers.
 */
export function ProposeSolutionDialog(props: {
  problem: Problem;
  onClose: () => void;
  /** Makes the move; a rejection is shown in the dialog. */
  onSubmit: (solution: SolutionProposal) => Promise<void>;
}) {
  const { problem, onClose, onSubmit } = props;
  const previous = problem.solutionPlan;
  return (
    <FormDialog
      title={`Propose a solution for ${problem.ref}`}
      description={
        problem.returnedReason
          ? `The last proposal was sent back: ${problem.returnedReason}`
          : 'The plan goes to the approvers; once approved, a change request implements it.'
      }
      submitLabel="Propose solution"
      fields={[
        {
          name: 'description',
          label: 'What will be done',
          kind: 'multiline',
          required: true,
        },
        {
          name: 'estimatedHours',
          label: 'Estimated hours',
          kind: 'text',
          helperText: 'The effort, in hours (e.g. 8)',
        },
        {
          name: 'expectedEffect',
          label: 'Expected effect',
          kind: 'multiline',
          required: true,
          helperText: 'What it achieves, and how to tell',
        },
      ]}
      initialValues={
        previous
          ? {
              description: previous.description,
              estimatedHours:
                previous.estimatedHours !== undefined
                  ? String(previous.estimatedHours)
                  : '',
              expectedEffect: previous.expectedEffect,
            }
          : undefined
      }
      onClose={onClose}
      onSubmit={async values => {
        const hours = values.estimatedHours
          ? parseHours(values.estimatedHours)
          : undefined;
        if (values.estimatedHours && hours === undefined) {
          throw new Error('Estimated hours must be a number above 0');
        }
        await onSubmit({
          description: values.description.trim(),
          ...(hours !== undefined ? { estimatedHours: hours } : {}),
          expectedEffect: values.expectedEffect.trim(),
        });
      }}
    />
  );
}
