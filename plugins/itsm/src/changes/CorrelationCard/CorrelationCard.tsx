import { useCallback, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  CorrelatedRecord,
  Correlation,
  formatDateTime,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useChangeLink } from '../../hooks/useChangeLink';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { describeError } from '../../lib/describeError';
import { formatWindow } from '../../lib/formatWindow';

/** Props of {@link CorrelationCard}. */
export type CorrelationCardProps =
  /** On a change: the incidents it may have caused. */
  | { change: { id: string; ref: string } }
  /** On an incident: the changes that may have caused it. */
  | { incident: { id: string; ref: string } };

/**
 * Change ↔ incident correlation: on a change, the incidents opened on its
 * entities during or shortly after its window; on an incident, the changes
 * carried out on its entities just before. Each suggestion is confirmed
 * ("caused by") or dismissed by an agent; confirmed ones count against
 * the change's success.
 */
export function CorrelationCard(props: CorrelationCardProps) {
  const itsmApi = useApi(itsmApiRef);
  const changeLink = useChangeLink();
  const incidentLink = useIncidentLink();
  const onChange = 'change' in props;
  const record = 'change' in props ? props.change : props.incident;
  const [correlation, setCorrelation] = useState<Correlation>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setCorrelation(
        onChange
          ? await itsmApi.getChangeIncidents(record.id)
          : await itsmApi.getIncidentChanges(record.id),
      );
    } catch (e) {
      setError(e);
    }
  }, [itsmApi, onChange, record.id]);
  useEffect(() => {
    load();
  }, [load]);

  const decide = async (
    other: CorrelatedRecord,
    decision: 'confirm' | 'dismiss',
  ) => {
    setBusy(true);
    setError(undefined);
    try {
      const changeId = onChange ? record.id : other.id;
      const incident = onChange ? other.ref : record.ref;
      const decided = await itsmApi.decideChangeIncident(changeId, {
        incident,
        decision,
      });
      if (onChange) setCorrelation(decided);
      else await load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const linkTo = (other: CorrelatedRecord) => {
    const to = other.type === 'change' ? changeLink : incidentLink;
    return to ? <Link to={to(other.ref)}>{other.ref}</Link> : other.ref;
  };
  const describe = (other: CorrelatedRecord) => {
    const state = stateLabel(other.type, other.state);
    return other.window
      ? `${state}, ${formatWindow(other.window)}`
      : `${other.priority}, ${state}, opened ${formatDateTime(
          other.createdAt,
        )}`;
  };
  const section = (
    title: string,
    list: CorrelatedRecord[] | undefined,
    actions: boolean,
  ) =>
    list && list.length > 0 ? (
      <Box mb={1}>
        <Typography variant="subtitle2">{title}</Typography>
        <List dense aria-label={title}>
          {list.map(other => (
            <ListItem key={other.id}>
              <ListItemText
                primary={
                  <>
                    {linkTo(other)} {other.title}
                  </>
                }
                secondary={describe(other)}
              />
              {actions && (
                <ListItemSecondaryAction>
                  <Button
                    size="small"
                    color="primary"
                    disabled={busy}
                    onClick={() => decide(other, 'confirm')}
                  >
                    Confirm
                  </Button>
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => decide(other, 'dismiss')}
                  >
                    Dismiss
                  </Button>
                </ListItemSecondaryAction>
              )}
            </ListItem>
          ))}
        </List>
      </Box>
    ) : null;

  const empty =
    correlation &&
    [correlation.suggested, correlation.confirmed, correlation.dismissed].every(
      l => l.length === 0,
    );
  return (
    <InfoCard
      title={onChange ? 'Incidents it may have caused' : 'Possibly caused by'}
    >
      {error !== undefined && (
        <Alert severity="error">{describeError(error)}</Alert>
      )}
      {empty && (
        <Typography color="textSecondary">
          {onChange
            ? 'No incident was opened on its entities during or shortly after its window.'
            : 'No change was carried out on its entities just before it was opened.'}
        </Typography>
      )}
      {section('Suggested', correlation?.suggested, true)}
      {section(
        'Confirmed: caused by the change',
        correlation?.confirmed,
        false,
      )}
      {section('Dismissed', correlation?.dismissed, false)}
    </InfoCard>
  );
}
