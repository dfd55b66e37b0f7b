import { useState } from 'react';
import { EntityName } from '../../components/EntityName';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Release,
  VerificationKind,
  verificationKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { RelativeTime } from '../../components/RelativeTime';
import { SelectField } from '../../components/SelectField';

/** The states in which the package may still change (before its audit). */
const OPEN_STATES = ['planned', 'awaiting_approval', 'approved'];

/**
 * The release's package (§7.2): its contents, the verification checks
 * with their evidence and, until the audit, a form to record one; after
 * the audit, who signed it off (the package is then immutable).
 */
export function ReleasePackageCard(props: {
  release: Release;
  onChanged: (release: Release) => void;
}) {
  const { release, onChanged } = props;
  const itsmApi = useApi(itsmApiRef);
  const [kind, setKind] = useState<VerificationKind>('function');
  const [item, setItem] = useState('');
  const [result, setResult] = useState<'pass' | 'fail'>('pass');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const open = OPEN_STATES.includes(release.state);
  const checks = release.verification ?? [];

  const record = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(
        await itsmApi.recordReleaseVerification(release.id, {
          version: release.version,
          kind,
          item: item.trim(),
          result,
          ...(evidenceUrl.trim() ? { evidenceUrl: evidenceUrl.trim() } : {}),
        }),
      );
      setItem('');
      setEvidenceUrl('');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <InfoCard title="Package">
      <Typography variant="subtitle2">Artifacts</Typography>
      {release.contents.artifacts.length === 0 ? (
        <Typography color="textSecondary">None listed.</Typography>
      ) : (
        <List dense>
          {release.contents.artifacts.map(a => (
            <ListItem key={a.url}>
              <ListItemText
                primary={<Link to={a.url}>{a.name}</Link>}
                secondary={a.checksum}
              />
            </ListItem>
          ))}
        </List>
      )}
      {release.contents.fixes.length > 0 && (
        <Typography variant="body2" gutterBottom>
          Fixes: {release.contents.fixes.join(', ')}
        </Typography>
      )}
      <Box mt={2}>
        <Typography variant="subtitle2">Verification</Typography>
        {checks.length === 0 && (
          <Typography color="textSecondary">No check recorded yet.</Typography>
        )}
        <List dense aria-label="Verification checks">
          {checks.map(c => (
            <ListItem key={`${c.kind}:${c.item}`}>
              <Chip
                size="small"
                label={c.result === 'pass' ? 'Pass' : 'Fail'}
                color={c.result === 'pass' ? 'primary' : 'secondary'}
                style={{ marginRight: 8 }}
              />
              <ListItemText
                primary={`${verificationKindLabels[c.kind]}: ${c.item}`}
                secondary={
                  <>
                    {c.evidenceUrl && <Link to={c.evidenceUrl}>evidence</Link>}{' '}
                    by <EntityName entityRef={c.by} />,{' '}
                    <RelativeTime value={c.at} />
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      </Box>
      {open && (
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="flex-start"
          style={{ gap: 8 }}
        >
          <Box width={160}>
            <SelectField
              id="itsm-release-check-kind"
              label="Check"
              value={kind}
              options={
                Object.keys(verificationKindLabels) as VerificationKind[]
              }
              labels={verificationKindLabels}
              onChange={setKind}
            />
          </Box>
          <TextField
            id="itsm-release-check-item"
            label="What was checked"
            margin="normal"
            variant="outlined"
            value={item}
            onChange={e => setItem(e.target.value)}
          />
          <Box width={110}>
            <SelectField
              id="itsm-release-check-result"
              label="Result"
              value={result}
              options={['pass', 'fail'] as const}
              labels={{ pass: 'Pass', fail: 'Fail' }}
              onChange={setResult}
            />
          </Box>
          <TextField
            id="itsm-release-check-evidence"
            label="Evidence URL"
            margin="normal"
            variant="outlined"
            value={evidenceUrl}
            onChange={e => setEvidenceUrl(e.target.value)}
          />
          <Button
            variant="outlined"
            color="primary"
            style={{ marginTop: 24 }}
            disabled={busy || !item.trim()}
            onClick={record}
          >
            Record check
          </Button>
        </Box>
      )}
      {error && <Alert severity="error">{error}</Alert>}
      {release.audit && (
        <Alert severity="success" style={{ marginTop: 16 }}>
          Audited by <EntityName entityRef={release.audit.by} />,{' '}
          <RelativeTime value={release.audit.at} />
          {release.audit.comment
            ? `: ${release.audit.comment.replace(/\.$/, '')}`
            : ''}
          . The package is immutable; a change means a new version.
        </Alert>
      )}
    </InfoCard>
  );
}
