import { useCallback, useEffect, useState } from 'react';
import { EntityName } from '../../components/EntityName';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { CopyTextButton } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { CalendarFeed } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { downloadFile } from '../../lib/downloadFile';
import { formatRelativeTime } from '../../lib/formatRelativeTime';

/**
 * Subscribing to the change calendar from a calendar app: the caller's
 * subscription addresses (revocable), a new one (its address shown once,
 * to copy), and a one-off .ics download.
 */
export function SubscribeDialog(props: {
  open: boolean;
  onClose: () => void;
  /** The entity whose calendar it is; absent: the whole portal's. */
  entityRef?: string;
}) {
  const { open, onClose, entityRef } = props;
  const itsmApi = useApi(itsmApiRef);
  const [feeds, setFeeds] = useState<CalendarFeed[]>();
  const [created, setCreated] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setFeeds((await itsmApi.listCalendarFeeds()).items);
    } catch (e) {
      setError(describeError(e));
    }
  }, [itsmApi]);

  useEffect(() => {
    if (open) {
      setCreated(undefined);
      setError(undefined);
      load();
    }
  }, [open, load]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      await load();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const download = () =>
    act(async () => {
      downloadFile(
        await itsmApi.downloadChangeCalendar({ entityRef }),
        'changes.ics',
      );
    });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="itsm-subscribe-title"
    >
      <DialogTitle id="itsm-subscribe-title">
        Subscribe to{' '}
        {entityRef ? (
          <>
            the changes of <EntityName entityRef={entityRef} link={false} />
          </>
        ) : (
          'the change calendar'
        )}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          A subscription address lets a calendar app (Outlook, Google Calendar,
          Apple Calendar) show the changes and windows of the last 30 days and
          the next year, kept up to date. Whoever has the address sees the
          changes' titles, states and entities: keep it to yourself, and revoke
          it when you no longer need it.
        </DialogContentText>
        {error && (
          <Alert severity="error" style={{ marginBottom: 16 }}>
            {error}
          </Alert>
        )}
        {created && (
          <Alert severity="success" style={{ marginBottom: 16 }}>
            <Typography variant="body2" gutterBottom>
              Your new address, shown only now. Add it to your calendar app as a
              subscription ("From URL", "Subscribe to calendar").
            </Typography>
            <TextField
              value={created}
              fullWidth
              size="small"
              variant="outlined"
              inputProps={{
                readOnly: true,
                'aria-label': 'Subscription address',
              }}
              InputProps={{ endAdornment: <CopyTextButton text={created} /> }}
            />
          </Alert>
        )}
        <Typography variant="subtitle2">Your subscriptions</Typography>
        {feeds?.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            You have none yet.
          </Typography>
        )}
        <List dense>
          {feeds?.map(feed => (
            <ListItem key={feed.id}>
              <ListItemText
                primary={
                  feed.entityRef ? (
                    <EntityName entityRef={feed.entityRef} />
                  ) : (
                    'The whole change calendar'
                  )
                }
                secondary={`Created ${formatRelativeTime(
                  new Date(feed.createdAt),
                )}${
                  feed.lastUsedAt
                    ? `, last read ${formatRelativeTime(
                        new Date(feed.lastUsedAt),
                      )}`
                    : ', not read yet'
                }`}
              />
              <ListItemSecondaryAction>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() => act(() => itsmApi.deleteCalendarFeed(feed.id))}
                >
                  Revoke
                </Button>
              </ListItemSecondaryAction>
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button disabled={busy} onClick={download}>
          Download .ics
        </Button>
        <Button
          color="primary"
          variant="contained"
          disabled={busy}
          onClick={() =>
            act(async () => {
              setCreated((await itsmApi.createCalendarFeed({ entityRef })).url);
            })
          }
        >
          Create subscription address
        </Button>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
