import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Link } from '@backstage/core-components';
import {
  IncidentState,
  incidentWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import { useNavigate } from 'react-router-dom';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { useProblemLink } from '../../hooks/useProblemLink';
import { useSimilarIssues } from './useSimilarIssues';

/** A record's ref as a link opening beside the form, or as text. */
function RefLink(props: { refText: string; to?: (ref: string) => string }) {
  const { refText, to } = props;
  return to ? (
    <Link to={to(refText)} target="_blank" rel="noopener">
      {refText}
    </Link>
  ) : (
    <>{refText}</>
  );
}

/**
 * "Is it one of these?" while a problem is being described: known errors
 * with their workaround, and open incidents on the same service or with the
 * same words, each opening beside the form. "This is my issue" (or "Open
 * it", for an agent logging a call) leaves the form for the incident's
 * page, to follow it and reply there instead of filing a duplicate.
 */
export function SimilarIssues(props: {
  title: string;
  description: string;
  entityRef?: string;
  /** An agent logging a call, rather than the one it happened to. */
  onBehalf?: boolean;
  /** Called before leaving the form for an incident's page. */
  onLeave: () => void;
}) {
  const { onBehalf, onLeave } = props;
  const { knownErrors, incidents } = useSimilarIssues(props);
  const problemLink = useProblemLink();
  const incidentLink = useIncidentLink();
  const navigate = useNavigate();
  if (knownErrors.length === 0 && incidents.length === 0) return null;
  return (
    <Box my={2}>
      <Alert severity="info" data-testid="similar-issues">
        <AlertTitle>Is it one of these?</AlertTitle>
        {knownErrors.map(known => (
          <Box key={known.ref} mb={1}>
            <Typography variant="body2">
              Known error <RefLink refText={known.ref} to={problemLink} />:{' '}
              {known.title}
            </Typography>
            {known.workaround && (
              <Typography variant="body2">
                Workaround: {known.workaround}
              </Typography>
            )}
          </Box>
        ))}
        {incidents.map(incident => (
          <Box
            key={incident.ref}
            mb={1}
            display="flex"
            alignItems="center"
            justifyContent="space-between"
            style={{ gap: 8 }}
          >
            <Typography variant="body2">
              <RefLink refText={incident.ref} to={incidentLink} />:{' '}
              {incident.title} (
              {incidentWorkflow.stateLabels[incident.state as IncidentState] ??
                incident.state}
              )
            </Typography>
            {incidentLink && (
              <Button
                size="small"
                color="primary"
                variant="outlined"
                style={{ whiteSpace: 'nowrap' }}
                onClick={() => {
                  onLeave();
                  navigate(incidentLink(incident.ref));
                }}
              >
                {onBehalf ? 'Open it' : 'This is my issue'}
              </Button>
            )}
          </Box>
        ))}
      </Alert>
    </Box>
  );
}
