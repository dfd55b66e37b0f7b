import Typography from '@material-ui/core/Typography';
import { Problem } from '@backstage-itsm/plugin-itsm-common';

/**
 * A root cause as read: a 5-whys chain as a numbered list of its answers,
 * ending in the cause; a free-text analysis as written.
 */
export function RootCauseView(props: { rootCause: Problem['rootCause'] }) {
  const { rootCause } = props;
  if (!rootCause) {
    return <Typography color="textSecondary">Not found yet.</Typography>;
  }
  if (rootCause.method === 'free_text') {
    return (
      <Typography style={{ whiteSpace: 'pre-wrap' }}>
        {rootCause.text}
      </Typography>
    );
  }
  return (
    <ol aria-label="5 whys" style={{ margin: 0, paddingLeft: 24 }}>
      {(rootCause.whys ?? []).map((why, index) => (
        <li key={index}>
          <Typography variant="body2">{why}</Typography>
        </li>
      ))}
      <li>
        <Typography variant="body2">
          <strong>Root cause:</strong> {rootCause.cause}
        </Typography>
      </li>
    </ol>
  );
}
