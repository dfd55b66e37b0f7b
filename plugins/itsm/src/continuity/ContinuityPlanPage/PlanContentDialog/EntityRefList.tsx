import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import { EntityRefField } from '../../../components/EntityRefField';
import { useEntityNames } from '../../../hooks/useEntityNames';

/**
 * A list of catalog entities: each by name with a remove button, and a
 * picker that adds the one chosen.
 */
export function EntityRefList(props: {
  id: string;
  label: string;
  kinds: string[];
  value: string[];
  onChange: (refs: string[]) => void;
  disabled?: boolean;
}) {
  const { value } = props;
  const nameOf = useEntityNames(value);
  // Remounts the picker after each pick, so it is empty again.
  const [round, setRound] = useState(0);
  return (
    <Box>
      <Box display="flex" flexWrap="wrap" gridGap={4}>
        {value.map(ref => (
          <Chip
            key={ref}
            size="small"
            label={nameOf(ref)}
            disabled={props.disabled}
            onDelete={() => props.onChange(value.filter(r => r !== ref))}
          />
        ))}
      </Box>
      <EntityRefField
        key={round}
        id={`${props.id}-${round}`}
        label={props.label}
        kinds={props.kinds}
        disabled={props.disabled}
        onChange={ref => {
          if (ref && !value.includes(ref)) props.onChange([...value, ref]);
          setRound(r => r + 1);
        }}
      />
    </Box>
  );
}
