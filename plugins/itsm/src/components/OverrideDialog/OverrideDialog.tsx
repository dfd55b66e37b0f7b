import { useState } from 'react';
import { WorkflowTransition } from '@backstage-itsm/plugin-itsm-common';
import { FormDialog } from '../FormDialog';

/** A move refused for a rule that a reason may override. */
export type OverridableRefusal = {
  transition: WorkflowTransition;
  message: string;
};

/**
 * A move the backend refused for a rule that may be overridden with a
 * reason (a change in a freeze, a release outside its window or without
 * an approved change request): what the refusal said, and the reason to
 * go ahead anyway, which the record and its timeline keep.
 */
export function OverrideDialog(props: {
  recordRef: string;
  /** The move and its refusal, e.g. `rolloutOverride: REL-3 may not ...`. */
  refused: OverridableRefusal;
  /** The field of the move that carries the reason. */
  field: string;
  question: string;
  label: string;
  helperText: string;
  onClose: () => void;
  /** Makes the move again with the reason. */
  onSubmit: (
    transition: WorkflowTransition,
    fields: Record<string, string>,
  ) => Promise<void>;
}) {
  const { field } = props;
  const { transition, message } = props.refused;
  return (
    <FormDialog
      title={`${transition.label} ${props.recordRef} ${props.question}`}
      description={message.replace(new RegExp(`^.*?${field}: `), '')}
      submitLabel={`${transition.label} anyway`}
      fields={[
        {
          name: field,
          label: props.label,
          kind: 'multiline',
          required: true,
          helperText: props.helperText,
        },
      ]}
      onClose={props.onClose}
      onSubmit={values =>
        props.onSubmit(transition, { [field]: values[field] })
      }
    />
  );
}

/** Whether a refusal can be overridden through `field`. */
function isOverridable(message: string, field: string): boolean {
  return message.includes(`${field}:`);
}

/**
 * Keeps a move the backend refused for a rule that `field` overrides, for
 * its dialog: `onFailed` goes to `useRecordMove`, `refused` is the move
 * waiting for the reason, `clear` closes it.
 */
export function useOverridableRefusal(field: string) {
  const [refused, setRefused] = useState<OverridableRefusal>();
  return {
    refused,
    clear: () => setRefused(undefined),
    onFailed: (transition: WorkflowTransition, message: string) => {
      if (!isOverridable(message, field)) return false;
      setRefused({ transition, message });
      return true;
    },
  };
}
