import { Dispatch, SetStateAction } from 'react';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  ChangeForm,
  ChangeModel,
  changeModelLabels,
  ChangeType,
  changeTypeLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { SelectField } from '../../components/SelectField';
import { ChangeFormValues } from './changeFormValues';

const allModels = Object.keys(changeModelLabels) as ChangeModel[];
const allTypes = Object.keys(changeTypeLabels) as ChangeType[];

/** Props of {@link ChangeModelFields}. */
export type ChangeModelFieldsProps = {
  id: string;
  form: ChangeForm;
  values: ChangeFormValues;
  setValues: Dispatch<SetStateAction<ChangeFormValues>>;
  disabled?: boolean;
  /** What to say under the standard change select when none is chosen. */
  templateError?: string;
};

/**
 * How the change is approved and what kind it is: the model; for a
 * standard change the pre-approved template (which fills an empty title and
 * description), otherwise the change type. An emergency change is of type
 * emergency unless the requester says otherwise; only it may be.
 */
export function ChangeModelFields(props: ChangeModelFieldsProps) {
  const { id, form, values, setValues, disabled, templateError } = props;
  const models = form.standardChanges.length
    ? allModels
    : allModels.filter(m => m !== 'standard');
  const types =
    values.model === 'emergency'
      ? allTypes
      : allTypes.filter(t => t !== 'emergency');
  const template = form.standardChanges.find(t => t.id === values.template);

  const chooseModel = (model: ChangeModel) =>
    setValues(v => {
      let changeType = v.changeType;
      if (model === 'emergency') changeType = 'emergency';
      else if (changeType === 'emergency') changeType = 'system';
      return { ...v, model, changeType };
    });

  const chooseTemplate = (templateId: string) => {
    const chosen = form.standardChanges.find(t => t.id === templateId);
    setValues(v => ({
      ...v,
      template: templateId,
      title: v.title.trim() ? v.title : chosen?.title ?? '',
      description: v.description.trim()
        ? v.description
        : chosen?.description ?? '',
    }));
  };

  return (
    <>
      <SelectField
        id={`${id}-model`}
        label="Model"
        value={values.model}
        options={models}
        labels={changeModelLabels}
        onChange={chooseModel}
        disabled={disabled}
        helperText="Standard changes follow a pre-approved template"
      />
      {values.model === 'standard' ? (
        <TextField
          select
          id={`${id}-template`}
          label="Standard change"
          value={values.template}
          onChange={e => chooseTemplate(e.target.value)}
          required
          fullWidth
          margin="normal"
          variant="outlined"
          disabled={disabled}
          error={!!templateError}
          helperText={templateError || template?.description}
        >
          {form.standardChanges.map(t => (
            <MenuItem key={t.id} value={t.id}>
              {t.title}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <SelectField
          id={`${id}-type`}
          label="Change type"
          value={values.changeType}
          options={types}
          labels={changeTypeLabels}
          onChange={changeType => setValues(v => ({ ...v, changeType }))}
          disabled={disabled}
        />
      )}
    </>
  );
}
