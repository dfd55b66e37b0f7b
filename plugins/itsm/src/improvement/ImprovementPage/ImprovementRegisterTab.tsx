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
import {
  ImprovementItem,
  improvementWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { itsmApiRef } from '../../api/ItsmApi';
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
  const [more, setMore] = useState<ImprovementItem[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const states = stateChoices.find(c => c.value === choice)?.states;
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const page = await api.listImprovementRecords('improvement', {
      limit: PAGE,
      ...(states ? { state: [...states] } : {}),
    });
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, [api, choice]);
  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await api.listImprovementRecords('improvement', {
        limit: PAGE,
        cursor,
        ...(states ? { state: [...states] } : {}),
      });
      setMore(items => [...items, ...page.items]);
      setCursor(page.nextCursor);
    } finally {
      setLoadingMore(false);
    }
  };
  const items = value ? [...value.items, ...more] : [];
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
          onRaised={() => retry()}
        />
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && items.length === 0 && (
        <EmptyState missing="data" title="No improvement items here" />
      )}
      {value && items.length > 0 && (
        <ImprovementItemsTable
          items={items}
          label="Improvement items"
          showSource
        />
      )}
      {value && cursor && (
        <Box mt={2} display="flex" justifyContent="center">
          <Button variant="outlined" disabled={loadingMore} onClick={loadMore}>
            Show more
          </Button>
        </Box>
      )}
    </>
  );
}
