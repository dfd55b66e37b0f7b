import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { SelectField } from '../../../components/SelectField';
import { PlanContentDraft } from '../planContentDraft';
import { EntityRefList } from './EntityRefList';
import { RowButtons } from './RowButtons';

type Details = Pick<PlanContentDraft, 'activation' | 'resources' | 'contacts'>;

const priorityLabels = {
  '': 'any priority (no rule)',
  P1: 'P1',
  P2: 'P2 or above',
  P3: 'P3 or above',
  P4: 'P4 or above',
};

/**
 * When the plan is called for and what it needs: its activation criteria
 * (in words and as rules), the resources and tools (catalog entities and
 * free items, §9.2.2(5)) and who to inform (users and groups of the
 * catalog, and others by how to reach them).
 */
export function DetailsEditor(props: {
  value: Details;
  onChange: (patch: Partial<Details>) => void;
  disabled?: boolean;
}) {
  const { value, onChange, disabled } = props;
  const { activation, resources, contacts } = value;
  const setActivation = (patch: Partial<Details['activation']>) =>
    onChange({ activation: { ...activation, ...patch } });
  return (
    <>
      <Typography variant="subtitle1">Activation criteria</Typography>
      <TextField
        id="activation-text"
        label="Called for by"
        value={activation.text}
        onChange={e => setActivation({ text: e.target.value })}
        multiline
        minRows={2}
        fullWidth
        margin="normal"
        variant="outlined"
        disabled={disabled}
      />
      <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={16}>
        <Box width={240}>
          <SelectField
            id="activation-priority"
            label="An incident of"
            value={activation.priorityAtOrAbove}
            options={['', 'P1', 'P2', 'P3', 'P4'] as const}
            labels={priorityLabels}
            onChange={p => setActivation({ priorityAtOrAbove: p })}
            disabled={disabled}
          />
        </Box>
        <FormControlLabel
          control={
            <Checkbox
              checked={activation.majorIncident}
              onChange={(_, c) => setActivation({ majorIncident: c })}
              disabled={disabled}
            />
          }
          label="a major incident"
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={activation.coveredEntityAffected}
              onChange={(_, c) => setActivation({ coveredEntityAffected: c })}
              disabled={disabled}
            />
          }
          label="an incident on a covered service"
        />
      </Box>

      <Typography variant="subtitle1" style={{ marginTop: 16 }}>
        Resources and tools
      </Typography>
      <EntityRefList
        id="resources-entities"
        label="Add a catalog resource"
        kinds={['Resource', 'Component', 'System', 'API']}
        value={resources.entityRefs}
        onChange={entityRefs =>
          onChange({ resources: { ...resources, entityRefs } })
        }
        disabled={disabled}
      />
      {resources.items.map((item, i) => (
        <Box key={i} display="flex" alignItems="center" gridGap={8}>
          <TextField
            id={`resource-item-${i}`}
            label={`Other resource ${i + 1}`}
            value={item}
            onChange={e =>
              onChange({
                resources: {
                  ...resources,
                  items: resources.items.map((x, j) =>
                    j === i ? e.target.value : x,
                  ),
                },
              })
            }
            fullWidth
            margin="dense"
            variant="outlined"
            size="small"
            disabled={disabled}
          />
          <RowButtons
            name={item || `other resource ${i + 1}`}
            index={i}
            count={resources.items.length}
            disabled={disabled}
            onRemove={() =>
              onChange({
                resources: {
                  ...resources,
                  items: resources.items.filter((_, j) => j !== i),
                },
              })
            }
          />
        </Box>
      ))}
      <Button
        size="small"
        disabled={disabled}
        onClick={() =>
          onChange({
            resources: { ...resources, items: [...resources.items, ''] },
          })
        }
      >
        Add other resource
      </Button>

      <Typography variant="subtitle1" style={{ marginTop: 16 }}>
        Who to inform
      </Typography>
      <EntityRefList
        id="contacts-refs"
        label="Add a user or group"
        kinds={['User', 'Group']}
        value={contacts.refs}
        onChange={refs => onChange({ contacts: { ...contacts, refs } })}
        disabled={disabled}
      />
      {contacts.others.map((c, i) => {
        const set = (patch: Partial<typeof c>) =>
          onChange({
            contacts: {
              ...contacts,
              others: contacts.others.map((x, j) =>
                j === i ? { ...x, ...patch } : x,
              ),
            },
          });
        return (
          <Box key={i} display="flex" alignItems="center" gridGap={8}>
            <TextField
              id={`contact-${i}-name`}
              label={`Contact ${i + 1}`}
              value={c.name}
              onChange={e => set({ name: e.target.value })}
              margin="dense"
              variant="outlined"
              size="small"
              disabled={disabled}
            />
            <TextField
              id={`contact-${i}-reach`}
              label="How to reach"
              value={c.reach}
              onChange={e => set({ reach: e.target.value })}
              margin="dense"
              variant="outlined"
              size="small"
              style={{ flex: 1 }}
              disabled={disabled}
            />
            <RowButtons
              name={c.name || `contact ${i + 1}`}
              index={i}
              count={contacts.others.length}
              disabled={disabled}
              onRemove={() =>
                onChange({
                  contacts: {
                    ...contacts,
                    others: contacts.others.filter((_, j) => j !== i),
                  },
                })
              }
            />
          </Box>
        );
      })}
      <Button
        size="small"
        disabled={disabled}
        onClick={() =>
          onChange({
            contacts: {
              ...contacts,
              others: [...contacts.others, { name: '', reach: '' }],
            },
          })
        }
      >
        Add other contact
      </Button>
    </>
  );
}
