import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  BusinessImpactAnalysis,
  itsmContinuityManagePermission,
} from '@backstage-itsm/plugin-itsm-common';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { FormDialog } from '../../components/FormDialog';
import { useContinuityLink } from '../../hooks/useContinuityLink';
import { formatMinutes } from '../../lib/formatMinutes';
import { ContinuityColumn } from '../ContinuityRecordsTable';
import { ContinuityRecordsTab } from './ContinuityRecordsTab';

const minutes = (value?: number) =>
  value === undefined ? '—' : formatMinutes(value);

const columns: ContinuityColumn<BusinessImpactAnalysis>[] = [
  { title: 'RTO', value: r => minutes(r.rtoMinutes) },
  { title: 'RPO', value: r => minutes(r.rpoMinutes) },
  { title: 'MTPD', value: r => minutes(r.mtpdMinutes) },
  {
    title: 'Review due',
    value: r => <DateTime value={r.reviewDueAt} variant="date" />,
  },
];

/**
 * The business impact analyses (§9.1.3): entity, RTO, RPO, MTPD, state
 * and review date of each, and for continuity managers "New analysis"
 * (opened for the service `?entityRef=` names, as the Continuity card's
 * "Start an analysis" links here).
 */
export function ImpactAnalysesTab() {
  const itsmApi = useApi(itsmApiRef);
  const navigate = useNavigate();
  const link = useContinuityLink();
  const { allowed } = usePermission({
    permission: itsmContinuityManagePermission,
  });
  const [params] = useSearchParams();
  const preset = params.get('entityRef') ?? undefined;
  const [open, setOpen] = useState(Boolean(preset));
  return (
    <>
      {allowed && (
        <Box mb={2}>
          <Button
            variant="contained"
            color="primary"
            onClick={() => setOpen(true)}
          >
            New analysis
          </Button>
        </Box>
      )}
      <ContinuityRecordsTab type="impact-analysis" columns={columns} />
      {open && allowed && (
        <FormDialog
          title="New business impact analysis"
          description="One analysis per component, system or resource; rate its impact, set its RTO and RPO on its page."
          submitLabel="Start the analysis"
          fields={[
            { name: 'title', label: 'Title', required: true, kind: 'text' },
            {
              name: 'entityRef',
              label: 'Service',
              required: true,
              kind: 'entity',
              entityKinds: ['Component', 'System', 'Resource'],
            },
            { name: 'description', label: 'Description', kind: 'multiline' },
          ]}
          initialValues={preset ? { entityRef: preset } : undefined}
          onClose={() => setOpen(false)}
          onSubmit={async values => {
            const created = await itsmApi.createContinuityRecord(
              'impact-analysis',
              {
                title: values.title,
                description: values.description ?? '',
                entityRefs: [values.entityRef],
              },
            );
            setOpen(false);
            if (link) navigate(link('impact-analysis', created.ref));
          }}
        />
      )}
    </>
  );
}
