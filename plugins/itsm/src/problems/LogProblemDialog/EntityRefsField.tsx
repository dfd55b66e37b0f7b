import { useState } from 'react';
import { EntityName } from '../../components/EntityName';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import FormHelperText from '@material-ui/core/FormHelperText';
import { EntityRefField } from '../../components/EntityRefField';

/** The most entities a record affects (the API's limit). */
const MAX_ENTITIES = 50;

/**
 * Several catalog entities: the chosen ones as chips (removable), and a
 * catalog picker that adds another.
 */
export function EntityRefsField(props: {
  id: string;
  label: string;
  /** The picker's label once some are chosen, e.g. "Add another service". */
  addLabel: string;
  kinds: string[];
  value: string[];
  onChange: (entityRefs: string[]) => void;
  disabled?: boolean;
  required?: boolean;
  error?: boolean;
  helperText?: string;
}) {
  const { id, label, kinds, value, onChange, disabled } = props;
  // A new picker after each choice, so that it is empty for the next one.
  const [pickerKey, setPickerKey] = useState(0);
  const add = (entityRef: string | undefined) => {
    if (entityRef && !value.includes(entityRef)) {
      onChange([...value, entityRef]);
    }
    setPickerKey(key => key + 1);
  };
  return (
    <Box>
      <EntityRefField
        key={pickerKey}
        id={id}
        label={value.length ? props.addLabel : label}
        kinds={kinds}
        onChange={add}
        disabled={disabled || value.length >= MAX_ENTITIES}
        required={props.required && value.length === 0}
        error={props.error}
      />
      {value.length > 0 && (
        <Box
          display="flex"
          flexWrap="wrap"
          style={{ gap: 8 }}
          aria-label={label}
          role="list"
        >
          {value.map(entityRef => (
            <Chip
              key={entityRef}
              role="listitem"
              label={<EntityName entityRef={entityRef} link={false} />}
              onDelete={
                disabled
                  ? undefined
                  : () => onChange(value.filter(ref => ref !== entityRef))
              }
            />
          ))}
        </Box>
      )}
      {props.helperText && (
        <FormHelperText error={props.error} variant="outlined">
          {props.helperText}
        </FormHelperText>
      )}
    </Box>
  );
}
