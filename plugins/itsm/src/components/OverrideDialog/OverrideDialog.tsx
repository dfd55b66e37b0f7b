import { WorkflowTransition } from '@backstage-itsm/plugin-itsm-common';
import { FormDialog } from '../FormDialog';

/**
 * A move the backend refused for a rule that may be overridden with a
 * reason (a change in a freeze, a release outside its window or without
 * an approved change request): what the refusal said, and the reason to
 * go ahead anyway, which the record and its timeline keep.
 */
export function OverrideDialog(props: {
  recordRef: string;
  transition: WorkflowTransition;
  /** The refusal, e.g. `rolloutOverride: REL-3 may not roll out now: ...`. */
  message: string;
  /** The field of the move that carries the reason. */
  field: string;
  question: string;
  label: string;
  helperText: string;
  onClose: () => void;
  onSubmit: (fields: Record<string, string>) => Promise<void>;
}) {
  const { transition, field } = props;
  return (
    <FormDialog
      title={`${transition.label} ${props.recordRef} ${props.question}`}
      description={props.message.replace(new RegExp(`^.*?${field}: `), '')}
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
      onSubmit={values => props.onSubmit({ [field]: values[field] })}
    />
  );
}

/** Whether a refusal can be overridden through `field`. */
export function isOverridable(message: string, field: string): boolean {
  return message.includes(`${field}:`);
}
