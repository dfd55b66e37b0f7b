import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  BusinessImpactAnalysis,
  ImpactCategory,
  impactCategoryLabels,
  ImpactRating,
  impactRatingLabels,
  maximumTolerableDowntime,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { formatMinutes } from '../../lib/formatMinutes';

const categories = Object.keys(impactCategoryLabels) as ImpactCategory[];
const cellKey = (category: string, minutes: number) => `${category}@${minutes}`;

/**
 * An analysis's impact grid (§9.1.3(3)): each category rated 1-5 at each
 * point after an outage starts, and the MTPD that follows (the first point
 * rated 4 or more, `maximumTolerableDowntime`, as the backend computes it).
 * Editable while the analysis is a draft; the save sends the whole grid.
 */
export function ImpactGridCard(props: {
  record: BusinessImpactAnalysis;
  onChanged: (record: BusinessImpactAnalysis) => void;
}) {
  const { record } = props;
  const itsmApi = useApi(itsmApiRef);
  const editable = record.state === 'draft' && Boolean(record.allowed?.update);
  const [ratings, setRatings] = useState<Map<string, number>>(
    () =>
      new Map(
        record.impacts.map(i => [
          cellKey(i.category, i.afterMinutes),
          i.rating,
        ]),
      ),
  );
  const [error, setError] = useState<Error>();
  const [saving, setSaving] = useState(false);
  const grid: ImpactRating[] = [...ratings].map(([key, rating]) => {
    const [category, minutes] = key.split('@');
    return {
      category: category as ImpactCategory,
      afterMinutes: Number(minutes),
      rating,
    };
  });
  const mtpd = maximumTolerableDowntime(grid, record.impactIntervals);
  const dirty =
    JSON.stringify(
      [...grid].sort((a, b) =>
        cellKey(a.category, a.afterMinutes).localeCompare(
          cellKey(b.category, b.afterMinutes),
        ),
      ),
    ) !==
    JSON.stringify(
      [...record.impacts].sort((a, b) =>
        cellKey(a.category, a.afterMinutes).localeCompare(
          cellKey(b.category, b.afterMinutes),
        ),
      ),
    );

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      props.onChanged(
        await itsmApi.updateContinuityRecord('impact-analysis', record.ref, {
          version: record.version,
          impacts: grid,
        }),
      );
    } catch (e) {
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <InfoCard title="Impact over time">
      <Table size="small" aria-label="Impact grid">
        <TableHead>
          <TableRow>
            <TableCell>Category</TableCell>
            {record.impactIntervals.map(minutes => (
              <TableCell key={minutes} align="center">
                after {formatMinutes(minutes)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {categories.map(category => (
            <TableRow key={category}>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {impactCategoryLabels[category]}
              </TableCell>
              {record.impactIntervals.map(minutes => {
                const key = cellKey(category, minutes);
                const rating = ratings.get(key);
                const label = `${
                  impactCategoryLabels[category]
                } after ${formatMinutes(minutes)}`;
                return (
                  <TableCell key={minutes} align="center">
                    {editable ? (
                      <Select
                        value={rating ?? ''}
                        displayEmpty
                        inputProps={{ 'aria-label': label }}
                        onChange={event => {
                          const next = new Map(ratings);
                          const value = Number(event.target.value);
                          if (value) next.set(key, value);
                          else next.delete(key);
                          setRatings(next);
                        }}
                      >
                        <MenuItem value="">—</MenuItem>
                        {[1, 2, 3, 4, 5].map(n => (
                          <MenuItem key={n} value={n}>
                            {n} {impactRatingLabels[n]}
                          </MenuItem>
                        ))}
                      </Select>
                    ) : (
                      <span aria-label={label}>
                        {rating
                          ? `${rating} ${impactRatingLabels[rating]}`
                          : '—'}
                      </span>
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box mt={2} display="flex" alignItems="center" gridGap={16}>
        <Typography variant="body2">
          Maximum tolerable period of disruption:{' '}
          <strong>
            {mtpd === undefined ? 'not reached' : formatMinutes(mtpd)}
          </strong>
          {mtpd === undefined ? ' (no rating of 4 or more yet)' : ''}
        </Typography>
        {editable && (
          <Button
            variant="contained"
            color="primary"
            disabled={!dirty || saving}
            onClick={save}
          >
            Save ratings
          </Button>
        )}
      </Box>
      {error && (
        <Box mt={1}>
          <Alert severity="error">{error.message}</Alert>
        </Box>
      )}
    </InfoCard>
  );
}
