import { useState } from 'react';
import Button from '@material-ui/core/Button';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { LogProblemDialog } from './LogProblemDialog';

/**
 * "Log problem" on an incident (§4.1): a problem opened from it, with its
 * entities, title and description to start from, and linked to it as
 * caused by the problem. Only for those who work the incident.
 */
export function LogProblemButton(props: { incident: Incident }) {
  const { incident } = props;
  const [open, setOpen] = useState(false);
  if (!incident.allowed?.update) return null;
  return (
    <>
      <Button style={{ marginLeft: 8 }} onClick={() => setOpen(true)}>
        Log problem
      </Button>
      {open && (
        <LogProblemDialog
          defaults={{
            title: incident.title,
            description: incident.description
              ? `Seen in ${incident.ref}: ${incident.description}`
              : `Seen in ${incident.ref}.`,
            entityRefs: incident.entityRefs,
            incidents: [incident.ref],
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
