import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  continuityPhaseLabels,
  ContinuityPhase,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityRefField } from '../../../components/EntityRefField';
import { MeasureDraft, newKey } from '../planContentDraft';
import { RowButtons } from './RowButtons';

const phases = Object.keys(continuityPhaseLabels) as ContinuityPhase[];

/**
 * A plan's measures by phase (§9.2.3(2)): each with its title, its owner
 * (a user or group of the catalog) and its due date; added to a phase,
 * removed. A measure keeps whether it is done by its id.
 */
export function MeasuresEditor(props: {
  value: MeasureDraft[];
  onChange: (measures: MeasureDraft[]) => void;
  disabled?: boolean;
}) {
  const { value, onChange, disabled } = props;
  const set = (key: string, patch: Partial<MeasureDraft>) =>
    onChange(value.map(m => (m.key === key ? { ...m, ...patch } : m)));
  return (
    <>
      {phases.map(phase => {
        const label = continuityPhaseLabels[phase];
        const ofPhase = value.filter(m => m.phase === phase);
        return (
          <Box key={phase} mb={1}>
            <Typography variant="subtitle2">{label}</Typography>
            {ofPhase.map((m, i) => (
              <Box
                key={m.key}
                display="flex"
                alignItems="flex-start"
                gridGap={8}
                data-testid={`edit-measure-${phase}-${i}`}
              >
                <TextField
                  id={`measure-${m.key}-title`}
                  label={`${label} measure ${i + 1}`}
                  value={m.title}
                  onChange={e => set(m.key, { title: e.target.value })}
                  margin="normal"
                  variant="outlined"
                  size="small"
                  style={{ flex: 2 }}
                  disabled={disabled}
                />
                <Box flex={2}>
                  <EntityRefField
                    id={`measure-owner-${m.key}`}
                    label="Owner"
                    kinds={['User', 'Group']}
                    value={m.owner || undefined}
                    onChange={owner => set(m.key, { owner: owner ?? '' })}
                    disabled={disabled}
                    size="small"
                  />
                </Box>
                <TextField
                  id={`measure-${m.key}-due`}
                  label="Due"
                  type="date"
                  value={m.dueDate}
                  onChange={e => set(m.key, { dueDate: e.target.value })}
                  InputLabelProps={{ shrink: true }}
                  margin="normal"
                  variant="outlined"
                  size="small"
                  disabled={disabled}
                />
                <Box mt={2}>
                  <RowButtons
                    name={m.title || `${label} measure ${i + 1}`}
                    index={i}
                    count={ofPhase.length}
                    disabled={disabled}
                    onRemove={() =>
                      onChange(value.filter(x => x.key !== m.key))
                    }
                  />
                </Box>
              </Box>
            ))}
            <Button
              size="small"
              disabled={disabled}
              onClick={() =>
                onChange([
                  ...value,
                  { key: newKey(), phase, title: '', owner: '', dueDate: '' },
                ])
              }
            >
              Add {label.toLocaleLowerCase('en-US')} measure
            </Button>
          </Box>
        );
      })}
    </>
  );
}
