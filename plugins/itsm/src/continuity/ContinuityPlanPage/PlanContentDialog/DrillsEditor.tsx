import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { exerciseKindLabels } from '@backstage-itsm/plugin-itsm-common';
import { SelectField } from '../../../components/SelectField';
import { DrillDraft, drillPresets, newKey } from '../planContentDraft';
import { RowButtons } from './RowButtons';

const OTHER = 'other';

/**
 * The training and drill schedule (§9.2.2(6)): each recurring exercise's
 * title, kind, first date and rule, chosen among the presets (yearly,
 * every 6 months, quarterly) or written as an RRULE.
 */
export function DrillsEditor(props: {
  value: DrillDraft[];
  onChange: (drills: DrillDraft[]) => void;
  disabled?: boolean;
}) {
  const { value, onChange, disabled } = props;
  const set = (key: string, patch: Partial<DrillDraft>) =>
    onChange(value.map(d => (d.key === key ? { ...d, ...patch } : d)));
  const presetOptions = [...Object.keys(drillPresets), OTHER];
  const presetLabels: Record<string, string> = {
    ...drillPresets,
    [OTHER]: 'Other rule (RRULE)',
  };
  return (
    <>
      {value.map((d, i) => {
        const preset = d.rrule in drillPresets ? d.rrule : OTHER;
        return (
          <Box
            key={d.key}
            display="flex"
            alignItems="flex-start"
            flexWrap="wrap"
            gridGap={8}
            data-testid={`edit-drill-${i}`}
          >
            <TextField
              id={`drill-${d.key}-title`}
              label={`Drill ${i + 1}`}
              value={d.title}
              onChange={e => set(d.key, { title: e.target.value })}
              margin="normal"
              variant="outlined"
              size="small"
              style={{ flex: 2 }}
              disabled={disabled}
            />
            <Box width={160}>
              <SelectField
                id={`drill-kind-${d.key}`}
                label="Kind"
                value={d.kind}
                options={['', ...Object.keys(exerciseKindLabels)] as const}
                labels={{ '': '—', ...exerciseKindLabels }}
                onChange={kind =>
                  set(d.key, { kind: kind as DrillDraft['kind'] })
                }
                disabled={disabled}
              />
            </Box>
            <Box width={180}>
              <SelectField
                id={`drill-preset-${d.key}`}
                label="Repeats"
                value={preset}
                options={presetOptions}
                labels={presetLabels}
                onChange={p => set(d.key, { rrule: p === OTHER ? '' : p })}
                disabled={disabled}
              />
            </Box>
            {preset === OTHER && (
              <TextField
                id={`drill-${d.key}-rrule`}
                label="RRULE"
                value={d.rrule}
                placeholder="FREQ=MONTHLY;INTERVAL=2"
                onChange={e => set(d.key, { rrule: e.target.value })}
                margin="normal"
                variant="outlined"
                size="small"
                disabled={disabled}
              />
            )}
            <TextField
              id={`drill-${d.key}-start`}
              label="First (UTC)"
              type="datetime-local"
              value={d.start}
              onChange={e => set(d.key, { start: e.target.value })}
              InputLabelProps={{ shrink: true }}
              margin="normal"
              variant="outlined"
              size="small"
              disabled={disabled}
            />
            <Box mt={2}>
              <RowButtons
                name={d.title || `drill ${i + 1}`}
                index={i}
                count={value.length}
                disabled={disabled}
                onRemove={() => onChange(value.filter(x => x.key !== d.key))}
              />
            </Box>
          </Box>
        );
      })}
      <Button
        size="small"
        disabled={disabled}
        onClick={() =>
          onChange([
            ...value,
            {
              key: newKey(),
              title: '',
              kind: '',
              rrule: 'FREQ=YEARLY',
              start: '',
            },
          ])
        }
      >
        Add drill
      </Button>
    </>
  );
}
