import { useEffect, useState } from 'react';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useApi } from '@backstage/core-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useEntityNames } from '../../hooks/useEntityNames';
import { bareName } from '../../lib/isEntityRef';

/** Props of {@link EntityRefField}. */
export type EntityRefFieldProps = {
  id: string;
  label: string;
  /** The catalog kinds to choose from, e.g. `['User']`. */
  kinds: string[];
  /** The chosen entity ref, lower case (`user:default/sam.agent`). */
  value?: string;
  onChange: (entityRef: string | undefined) => void;
  disabled?: boolean;
  helperText?: string;
  required?: boolean;
  error?: boolean;
  /** `small` for a filter bar; a form field otherwise. */
  size?: 'small' | 'medium';
};

/** An entity to pick: its name, and what tells it from namesakes. */
type Option = { ref: string; label: string; detail?: string };

function optionOf(entity: Entity): Option {
  const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const title =
    (entity.spec?.profile as { displayName?: string } | undefined)
      ?.displayName ?? entity.metadata.title;
  return {
    ref,
    label: title ?? entity.metadata.name,
    detail: `${entity.kind} · ${entity.metadata.name}`,
  };
}

/**
 * Picks one catalog entity of the given kinds by name, searching as the
 * user types (the catalog is the CMDB: services, resources, people and
 * groups); each option says its kind and catalog name below its title.
 */
export function EntityRefField(props: EntityRefFieldProps) {
  const { id, label, kinds, value, onChange, disabled, helperText } = props;
  const catalogApi = useApi(catalogApiRef);
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const kindKey = kinds.join(',');

  useEffect(() => {
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      catalogApi
        .queryEntities({
          filter: { kind: kindKey.split(',') },
          fullTextFilter: input
            ? { term: input, fields: ['metadata.name', 'metadata.title'] }
            : undefined,
          limit: 20,
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.title',
            'spec.profile.displayName',
          ],
        })
        .then(response => {
          if (current) setOptions(response.items.map(optionOf));
        })
        .catch(() => {
          if (current) setOptions([]);
        })
        .finally(() => {
          if (current) setLoading(false);
        });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [catalogApi, kindKey, input]);

  // A value chosen before (or not among the options) by its name too.
  const nameOf = useEntityNames([value]);
  const selected = value
    ? options.find(o => o.ref === value) ?? {
        ref: value,
        label: value.includes(':') ? nameOf(value) : bareName(value),
      }
    : null;

  return (
    <Autocomplete<Option>
      id={id}
      options={options}
      loading={loading}
      value={selected}
      disabled={disabled}
      getOptionLabel={o => o.label}
      renderOption={o => (
        <div>
          <Typography variant="body2">{o.label}</Typography>
          {o.detail && (
            <Typography variant="caption" color="textSecondary">
              {o.detail}
            </Typography>
          )}
        </div>
      )}
      getOptionSelected={(o, v) => o.ref === v.ref}
      filterOptions={o => o}
      onChange={(_e, option) => onChange(option?.ref)}
      onInputChange={(_e, text, reason) => {
        if (reason === 'input') setInput(text);
      }}
      renderInput={params => (
        <TextField
          {...params}
          label={label}
          margin={props.size === 'small' ? 'none' : 'normal'}
          size={props.size}
          variant="outlined"
          helperText={helperText}
          required={props.required}
          error={props.error}
        />
      )}
    />
  );
}
