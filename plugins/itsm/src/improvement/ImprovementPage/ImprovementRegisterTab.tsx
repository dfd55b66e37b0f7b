import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { improvementWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useKeysetPages } from '../../hooks/useKeysetPages';
import { RaiseImprovementButton } from '../RaiseImprovementDialog';
import { ImprovementItemsTable } from './ImprovementItemsTable';

const PAGE = 50;

/** The register's state filter: open items, every item, or one state. */
const stateChoices = [
  { value: 'open', label: 'Open', states: improvementWorkflow.openStates },
  { value: 'all', label: 'All', states: undefined },
  ...improvementWorkflow.states.map(state => ({
    value: state,
    label: improvementWorkflow.stateLabels[state],
    states: [state],
  })),
];

/**
 * The improvement register (§10.2.2): the items, newest first, open ones
 * unless another state is chosen, 50 at a time, with their state, owner,
 * the indicator each should move, due date and source linked to where the
 * lesson was written; and a button to propose one by hand.
 */
export function ImprovementRegisterTab() {
  const api = useApi(itsmApiRef);
  const [choice, setChoice] = useState('open');
  const states = stateChoices.find(c => c.value === choice)?.states;
  const { items, loading, error, hasMore, loadMore, reload } = useKeysetPages(
    query => api.listImprovementRecords('improvement', query),
    { limit: PAGE, ...(states ? { state: [...states] } : {}) },
  );
  return (
    <>
      <Box mb={2} display="flex" alignItems="center" style={{ gap: 8 }}>
        <TextField
          select
          id="itsm-register-state"
          label="State"
          size="small"
          style={{ minWidth: 160 }}
          value={choice}
          onChange={e => setChoice(e.target.value)}
        >
          {stateChoices.map(c => (
            <MenuItem key={c.value} value={c.value}>
              {c.label}
            </MenuItem>
          ))}
        </TextField>
        <Box flexGrow={1} />
        <RaiseImprovementButton
          source="manual"
          size="medium"
          onRaised={() => reload()}
        />
      </Box>
      {error && <ResponseErrorPanel error={error} />}
      {!loading && !error && items.length === 0 && (
        <EmptyState missing="data" title="No improvement items here" />
      )}
      {items.length > 0 && (
        <ImprovementItemsTable
          items={items}
          label="Improvement items"
          showSource
        />
      )}
      {loading && <Progress />}
      {hasMore && !loading && (
        <Box mt={2} display="flex" justifyContent="center">
          <Button variant="outlined" onClick={loadMore}>
            Show more
          </Button>
        </Box>
      )}
    </>
  );
}
