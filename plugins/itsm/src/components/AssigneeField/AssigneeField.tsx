import { useState } from 'react';
import ListItemText from '@material-ui/core/ListItemText';
import ListSubheader from '@material-ui/core/ListSubheader';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { Person, usePeople } from './usePeople';

/** Props of {@link AssigneeField}. */
export type AssigneeFieldProps = {
  id: string;
  label: string;
  /** The group that works the record: its members are proposed first. */
  groupRef?: string;
  /** The chosen user's entity ref, lower case (`user:default/sam.agent`). */
  value?: string;
  onChange: (userRef: string | undefined) => void;
  disabled?: boolean;
  required?: boolean;
  helperText?: string;
  error?: boolean;
};

/** A ref's own name, for a person the catalog has not answered for yet. */
const nameOfRef = (ref: string) => ref.replace(/^[^:]*:(?:[^/]*\/)?/, '');

/**
 * Picks the person who works a record, by name: the members of its group
 * first, then everyone else the catalog finds as the user types. Names
 * are shown, with the e-mail address as secondary text where there is one.
 */
export function AssigneeField(props: AssigneeFieldProps) {
  const { id, label, groupRef, value, onChange, disabled } = props;
  const [search, setSearch] = useState('');
  const { members, others, loading, chosen } = usePeople({
    groupRef,
    search,
    value,
  });
  const term = search.trim().toLocaleLowerCase('en-US');
  const matching = members.filter(
    m =>
      !term ||
      m.name.toLocaleLowerCase('en-US').includes(term) ||
      m.ref.includes(term),
  );
  const memberRefs = new Set(members.map(m => m.ref));
  const options = [...matching, ...others.filter(o => !memberRefs.has(o.ref))];

  const selected: Person | null = value
    ? [...members, ...others].find(o => o.ref === value) ??
      (chosen?.ref === value ? chosen : undefined) ?? {
        ref: value,
        name: nameOfRef(value),
        member: false,
      }
    : null;

  return (
    <Autocomplete<Person>
      id={id}
      options={options}
      loading={loading}
      value={selected}
      disabled={disabled}
      groupBy={groupRef ? o => (o.member ? 'members' : 'others') : undefined}
      renderGroup={params => (
        <li key={params.key}>
          <ListSubheader component="div">
            {params.group === 'members' && groupRef ? (
              <>
                Members of{' '}
                <EntityDisplayName
                  entityRef={groupRef}
                  defaultKind="group"
                  hideIcon
                  disableTooltip
                />
              </>
            ) : (
              'Everyone else'
            )}
          </ListSubheader>
          <ul style={{ padding: 0 }}>{params.children}</ul>
        </li>
      )}
      getOptionLabel={o => o.name}
      getOptionSelected={(o, v) => o.ref === v.ref}
      filterOptions={o => o}
      renderOption={o => (
        <ListItemText
          primary={o.name}
          secondary={o.email}
          style={{ margin: 0 }}
        />
      )}
      onChange={(_e, option) => onChange(option?.ref)}
      onInputChange={(_e, text, reason) => {
        if (reason === 'input') setSearch(text);
        if (reason === 'clear') setSearch('');
      }}
      renderInput={params => (
        <TextField
          {...params}
          label={label}
          margin="normal"
          variant="outlined"
          helperText={props.helperText}
          required={props.required}
          error={props.error}
        />
      )}
    />
  );
}
