import { useCallback, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Incident,
  LinkKind,
  linkKinds,
  RecordLink,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { describeError } from '../../lib/describeError';
import { FormDialog } from '../../components/FormDialog';

/** How a link reads from its source, and from its target. */
const phrases: Record<LinkKind, { from: string; to: string; choice: string }> =
  {
    duplicates: {
      from: 'Duplicate of',
      to: 'Duplicated by',
      choice: 'Duplicate of (another incident)',
    },
    'caused-by': {
      from: 'Caused by',
      to: 'Caused',
      choice: 'Caused by (a change)',
    },
    'relates-to': {
      from: 'Related to',
      to: 'Related to',
      choice: 'Related to (a problem, another incident)',
    },
    fixes: { from: 'Fixes', to: 'Fixed by', choice: 'Fixes' },
    'part-of': { from: 'Part of', to: 'Includes', choice: 'Part of' },
  };

/**
 * The links of an incident (duplicate of, caused by a change, related
 * problem, ...) and, for those who work it, a form to add one.
 */
export function IncidentLinks(props: {
  incident: Incident;
  onLinked: () => void;
}) {
  const { incident, onLinked } = props;
  const itsmApi = useApi(itsmApiRef);
  const incidentLink = useIncidentLink();
  const [links, setLinks] = useState<RecordLink[]>([]);
  const [error, setError] = useState<unknown>();
  const [adding, setAdding] = useState(false);

  const load = useCallback(() => {
    itsmApi
      .listIncidentLinks(incident.ref)
      .then(page => setLinks(page.items), setError);
  }, [itsmApi, incident.ref]);
  useEffect(load, [load, incident.version]);

  const other = (link: RecordLink) =>
    link.source.id === incident.id ? link.target : link.source;
  return (
    <Box>
      {error !== undefined && <Box>{describeError(error)}</Box>}
      {links.length === 0 ? (
        <Box color="text.secondary">No links.</Box>
      ) : (
        <List dense>
          {links.map(link => {
            const end = other(link);
            const phrase = phrases[link.kind] ?? {
              from: link.kind,
              to: link.kind,
            };
            const label = `${end.ref}: ${end.title}`;
            return (
              <ListItem key={link.id} disableGutters>
                <ListItemText
                  primary={
                    end.type === 'incident' && incidentLink ? (
                      <Link to={incidentLink(end.ref)}>{label}</Link>
                    ) : (
                      label
                    )
                  }
                  secondary={`${
                    link.source.id === incident.id ? phrase.from : phrase.to
                  } · ${stateLabel(end.type, end.state)}`}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      {incident.allowed?.update && (
        <Button size="small" onClick={() => setAdding(true)}>
          Add link
        </Button>
      )}
      {adding && (
        <FormDialog
          title={`Link ${incident.ref}`}
          submitLabel="Link"
          fields={[
            {
              name: 'kind',
              label: 'Kind',
              kind: 'select',
              required: true,
              choices: Object.fromEntries(
                linkKinds.map(k => [k, phrases[k].choice]),
              ),
            },
            {
              name: 'target',
              label: 'Record',
              kind: 'text',
              required: true,
              helperText: 'Its id, e.g. INC-3, PRB-2 or CHG-7',
            },
          ]}
          onClose={() => setAdding(false)}
          onSubmit={async values => {
            await itsmApi.linkIncident(incident.ref, {
              target: values.target,
              kind: values.kind as LinkKind,
            });
            setAdding(false);
            load();
            onLinked();
          }}
        />
      )}
    </Box>
  );
}
