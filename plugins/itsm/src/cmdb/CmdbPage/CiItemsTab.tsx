import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TableContainer from '@material-ui/core/TableContainer';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { ciClasses, defaultCiKinds } from '@backstage-itsm/plugin-itsm-common';
import { EntityRefField } from '../../components/EntityRefField';
import { CiItemsTable } from './CiItemsTable';
import { useConfigurationItems } from './useConfigurationItems';

/** The attributes the search offers, by the path the history tracks them at. */
const attributes = {
  'metadata.annotations.itsm/supplier': 'Supplier',
  'metadata.annotations.itsm/model': 'Model',
  'metadata.annotations.itsm/version': 'Version',
  'metadata.labels.location': 'Location',
  'metadata.labels.environment': 'Environment',
};

/** Search and filter the configuration items (§6.3). */
export function CiItemsTab() {
  const [ciClass, setCiClass] = useState('');
  const [kind, setKind] = useState('');
  const [owner, setOwner] = useState<string>();
  const [lifecycle, setLifecycle] = useState('');
  const [q, setQ] = useState('');
  const [attribute, setAttribute] = useState('');
  const [attributeValue, setAttributeValue] = useState('');
  const list = useConfigurationItems({
    class: ciClass || undefined,
    kind: kind || undefined,
    owner,
    lifecycle: lifecycle.trim() || undefined,
    q: q.trim() || undefined,
    attribute:
      attribute && attributeValue.trim()
        ? `${attribute}=${attributeValue.trim()}`
        : undefined,
  });

  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 12 }} mb={2}>
        <TextField
          id="itsm-cmdb-q"
          label="Search"
          variant="outlined"
          size="small"
          value={q}
          onChange={e => setQ(e.target.value)}
        />
        <TextField
          select
          id="itsm-cmdb-class"
          label="Class"
          variant="outlined"
          size="small"
          style={{ minWidth: 140 }}
          value={ciClass}
          onChange={e => setCiClass(e.target.value)}
        >
          <MenuItem value="">Any class</MenuItem>
          {ciClasses.map(c => (
            <MenuItem key={c} value={c}>
              {c}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          id="itsm-cmdb-kind"
          label="Kind"
          variant="outlined"
          size="small"
          style={{ minWidth: 140 }}
          value={kind}
          onChange={e => setKind(e.target.value)}
        >
          <MenuItem value="">Any kind</MenuItem>
          {defaultCiKinds.map(k => (
            <MenuItem key={k} value={k}>
              {k}
            </MenuItem>
          ))}
        </TextField>
        <Box minWidth={260}>
          <EntityRefField
            id="itsm-cmdb-owner"
            label="Owner"
            kinds={['Group']}
            value={owner}
            onChange={setOwner}
            size="small"
          />
        </Box>
        <TextField
          id="itsm-cmdb-lifecycle"
          label="Lifecycle"
          variant="outlined"
          size="small"
          value={lifecycle}
          onChange={e => setLifecycle(e.target.value)}
        />
        <TextField
          select
          id="itsm-cmdb-attribute"
          label="Attribute"
          variant="outlined"
          size="small"
          style={{ minWidth: 140 }}
          value={attribute}
          onChange={e => setAttribute(e.target.value)}
        >
          <MenuItem value="">None</MenuItem>
          {Object.entries(attributes).map(([path, label]) => (
            <MenuItem key={path} value={path}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        {attribute && (
          <TextField
            id="itsm-cmdb-attribute-value"
            label={`${attributes[attribute as keyof typeof attributes]} is`}
            variant="outlined"
            size="small"
            value={attributeValue}
            onChange={e => setAttributeValue(e.target.value)}
          />
        )}
      </Box>
      {list.error && <ResponseErrorPanel error={list.error} />}
      <TableContainer>
        <CiItemsTable items={list.items} label="Configuration items" />
      </TableContainer>
      {list.loading && <Progress />}
      {!list.loading && list.items.length === 0 && (
        <Box mt={2}>
          <Typography color="textSecondary">
            No configuration item matches.
          </Typography>
        </Box>
      )}
      {list.hasMore && !list.loading && (
        <Box mt={2}>
          <Button variant="outlined" onClick={list.loadMore}>
            Load more
          </Button>
        </Box>
      )}
    </>
  );
}
