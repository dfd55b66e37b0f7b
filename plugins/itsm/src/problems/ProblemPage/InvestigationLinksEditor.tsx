import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import { blankLink, DraftLink, MAX_INVESTIGATION_LINKS } from './analysisForm';

/**
 * The links of an investigation (dashboards, log searches, traces), each a
 * title and an http(s) address; added and removed.
 */
export function InvestigationLinksEditor(props: {
  links: DraftLink[];
  onChange: (links: DraftLink[]) => void;
  disabled?: boolean;
}) {
  const { links, onChange, disabled } = props;
  const update = (key: string, change: Partial<DraftLink>) =>
    onChange(links.map(l => (l.key === key ? { ...l, ...change } : l)));

  return (
    <Box>
      {links.map((link, index) => (
        <Box key={link.key} display="flex" alignItems="flex-start">
          <Box flex={2} mr={1}>
            <TextField
              id={`itsm-investigation-link-${index + 1}-title`}
              label={`Link ${index + 1} title`}
              value={link.title}
              onChange={e => update(link.key, { title: e.target.value })}
              fullWidth
              margin="dense"
              variant="outlined"
              disabled={disabled}
            />
          </Box>
          <Box flex={3} mr={1}>
            <TextField
              id={`itsm-investigation-link-${index + 1}-url`}
              label={`Link ${index + 1} URL`}
              placeholder="https://"
              value={link.url}
              onChange={e => update(link.key, { url: e.target.value })}
              fullWidth
              margin="dense"
              variant="outlined"
              disabled={disabled}
            />
          </Box>
          <Box mt={2}>
            <IconButton
              aria-label={`Remove link ${index + 1}`}
              size="small"
              disabled={disabled}
              onClick={() => onChange(links.filter(l => l.key !== link.key))}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Box>
        </Box>
      ))}
      <Button
        size="small"
        startIcon={<AddIcon />}
        disabled={disabled || links.length >= MAX_INVESTIGATION_LINKS}
        onClick={() => onChange([...links, blankLink()])}
      >
        Add link
      </Button>
    </Box>
  );
}
