import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';

/**
 * One section of an entity's record tab (upcoming changes, a release
 * history): a card with the records' table, or a sentence when there are
 * none.
 */
export function RecordSection(props: {
  title: string;
  /** How many records the table shows; none (or not loaded): `empty`. */
  count: number | undefined;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Box mb={3}>
      <InfoCard title={props.title} noPadding>
        {props.count ? (
          props.children
        ) : (
          <Box p={2}>
            <Typography color="textSecondary">{props.empty}</Typography>
          </Box>
        )}
      </InfoCard>
    </Box>
  );
}
