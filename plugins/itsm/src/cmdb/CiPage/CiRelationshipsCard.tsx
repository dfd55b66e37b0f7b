import { useState } from 'react';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useCiLink } from '../../hooks/useCiLink';
import { ImpactGraph } from './ImpactGraph';

type Direction = 'downstream' | 'upstream';

const directions: Record<Direction, string> = {
  downstream: 'What depends on it',
  upstream: 'What it relies on',
};

/**
 * A configuration item's relationships, downstream (what depends on it:
 * the impact of its failure or change) or upstream (what it relies on), to
 * a chosen depth (two steps at first, up to five), as a graph to zoom and
 * pan: the paths that reach each item, or every relation between them;
 * with the owners to tell.
 */
export function CiRelationshipsCard(props: { entityRef: string }) {
  const itsmApi = useApi(itsmApiRef);
  const linkOf = useCiLink();
  const [direction, setDirection] = useState<Direction>('downstream');
  const [depth, setDepth] = useState(2);
  const [allRelations, setAllRelations] = useState(false);
  const { value, loading, error } = useAsync(
    () =>
      itsmApi.analyzeImpact({
        entityRefs: [props.entityRef],
        depth,
        direction,
      }),
    [itsmApi, props.entityRef, depth, direction],
  );
  return (
    <InfoCard title="Relationships">
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 16 }}
        mb={2}
      >
        <ToggleButtonGroup
          size="small"
          exclusive
          value={direction}
          onChange={(_e, next) => next && setDirection(next)}
          aria-label="Direction"
        >
          {Object.entries(directions).map(([key, label]) => (
            <ToggleButton key={key} value={key}>
              {label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          select
          id="itsm-ci-depth"
          label="Depth"
          variant="outlined"
          size="small"
          value={depth}
          onChange={e => setDepth(Number(e.target.value))}
        >
          {[1, 2, 3, 4, 5].map(d => (
            <MenuItem key={d} value={d}>
              {d} {d === 1 ? 'step' : 'steps'}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={allRelations}
              onChange={e => setAllRelations(e.target.checked)}
            />
          }
          label="Every relation between them"
        />
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && !loading && (
        <>
          <Typography variant="body2" gutterBottom>
            {value.impacted.length}
            {value.truncated ? '+' : ''}{' '}
            {value.impacted.length === 1 ? 'entity' : 'entities'} within {depth}{' '}
            {depth === 1 ? 'step' : 'steps'}
          </Typography>
          <ImpactGraph
            analysis={value}
            title={`${directions[direction]}, ${depth} steps`}
            relations={allRelations ? 'all' : 'paths'}
            linkOf={linkOf}
          />
          <Typography variant="caption" color="textSecondary" component="p">
            Scroll or use the buttons to zoom, drag to move
            {linkOf ? ', select an item to open it' : ''}.
          </Typography>
          {value.stakeholders.length > 0 && (
            <Box mt={1}>
              <Typography variant="body2" component="span">
                Stakeholders:{' '}
              </Typography>
              <EntityRefLinks
                entityRefs={value.stakeholders}
                defaultKind="group"
              />
            </Box>
          )}
        </>
      )}
    </InfoCard>
  );
}
