import { FormDialog } from '../../components/FormDialog';

/**
 * Asks which open change request (`CHG-12`) a release or a problem should
 * carry instead of raising one; `onSubmit` gets the trimmed ref and
 * rejects with the backend's reason when it cannot be used.
 */
export function ExistingChangeRequestDialog(props: {
  title: string;
  description: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (changeRef: string) => Promise<void>;
}) {
  return (
    <FormDialog
      title={props.title}
      description={props.description}
      submitLabel={props.submitLabel}
      fields={[
        {
          name: 'change',
          label: 'Change request',
          kind: 'text',
          required: true,
          helperText: 'e.g. CHG-12',
        },
      ]}
      onClose={props.onClose}
      onSubmit={values => props.onSubmit(values.change.trim())}
    />
  );
}
