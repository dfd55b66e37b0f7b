import { ReactNode, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { CarriedChangeRequest } from './CarriedChangeRequest';
import { ExistingChangeRequestDialog } from './ExistingChangeRequestDialog';

type Dialog = 'raise' | 'carry';

/**
 * The change request a record carries (a release's, a problem's): the one
 * it carries, with its state, or, while the record may take one, buttons to
 * raise one or to carry an existing one. The record's process says when it
 * may, what raising one asks for, and how a change request is added to it.
 */
export function ChangeRequestCard(props: {
  /** The ref of the change request carried, if any. */
  carried?: string;
  /** What the card says while the record carries none. */
  none: string;
  /** Whether the record may take a change request now (none carried yet). */
  canAdd: boolean;
  /** The words of the button and dialog that carry an existing one. */
  carry: {
    button: string;
    title: string;
    description: string;
    submitLabel: string;
  };
  /**
   * Adds the change request named to the record; rejects with the
   * backend's reason when it cannot be used.
   */
  onCarry: (changeRef: string) => Promise<void>;
  /** The dialog that raises a change request for the record, and closes with `close`. */
  raiseDialog: (close: () => void) => ReactNode;
}) {
  const { carried, carry } = props;
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);

  return (
    <InfoCard title="Change request">
      {carried ? (
        <CarriedChangeRequest changeRef={carried} />
      ) : (
        <Typography color="textSecondary">{props.none}</Typography>
      )}
      {!carried && props.canAdd && (
        <Box mt={2} display="flex" style={{ gap: 8 }}>
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setDialog('raise')}
          >
            Raise change request
          </Button>
          <Button variant="outlined" onClick={() => setDialog('carry')}>
            {carry.button}
          </Button>
        </Box>
      )}
      {dialog === 'raise' && props.raiseDialog(close)}
      {dialog === 'carry' && (
        <ExistingChangeRequestDialog
          title={carry.title}
          description={carry.description}
          submitLabel={carry.submitLabel}
          onClose={close}
          onSubmit={async change => {
            await props.onCarry(change);
            close();
          }}
        />
      )}
    </InfoCard>
  );
}
