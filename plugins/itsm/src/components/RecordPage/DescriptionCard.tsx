import Box from '@material-ui/core/Box';
import { InfoCard } from '@backstage/core-components';

/** A record's description as its author wrote it (line breaks kept). */
export function DescriptionCard(props: { description?: string }) {
  return (
    <Box mb={3}>
      <InfoCard title="Description">
        <div style={{ whiteSpace: 'pre-wrap' }}>{props.description || '—'}</div>
      </InfoCard>
    </Box>
  );
}
