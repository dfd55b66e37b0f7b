import { useCallback, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  continuityMeasureProgress,
  itsmContinuityManagePermission,
} from '@backstage-itsm/plugin-itsm-common';
import { useNavigate } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { FormDialog } from '../../components/FormDialog';
import { useContinuityLink } from '../../hooks/useContinuityLink';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { nextDrillOf } from '../ContinuityPlanPage/PlanDetailsCard';
import { ContinuityRecordsTable } from '../ContinuityRecordsTable';

/**
 * The continuity plans (§9.2), live: what each covers, its state, next
 * drill, measures done of all and owner; continuity managers draft a new
 * one here.
 */
export function ContinuityPlansTab() {
  const itsmApi = useApi(itsmApiRef);
  const navigate = useNavigate();
  const link = useContinuityLink();
  const { allowed: mayManage } = usePermission({
    permission: itsmContinuityManagePermission,
  });
  const [creating, setCreating] = useState(false);
  const { items, error } = useLiveRecordList(
    useCallback(
      () => itsmApi.listContinuityRecords('continuity-plan', { limit: 100 }),
      [itsmApi],
    ),
    'continuity-plan',
  );
  if (error !== undefined) return <ResponseErrorPanel error={error as Error} />;
  if (!items) return <Progress />;
  const now = new Date();
  return (
    <>
      {mayManage && (
        <Box mb={2}>
          <Button
            variant="contained"
            color="primary"
            onClick={() => setCreating(true)}
          >
            New plan
          </Button>
        </Box>
      )}
      {items.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No continuity plans yet.
        </Typography>
      ) : (
        <ContinuityRecordsTable
          type="continuity-plan"
          records={items}
          columns={[
            {
              title: 'Next drill',
              value: plan => <DateTime value={nextDrillOf(plan)} />,
            },
            {
              title: 'Measures done',
              value: plan => {
                const p = continuityMeasureProgress(plan.measures, now);
                return `${p.done}/${p.total}${
                  p.overdue ? ` (${p.overdue} overdue)` : ''
                }`;
              },
            },
          ]}
        />
      )}
      {creating && (
        <FormDialog
          title="New continuity plan"
          submitLabel="Create"
          fields={[
            { name: 'title', label: 'Title', kind: 'text', required: true },
            {
              name: 'entityRef',
              label: 'Covers',
              kind: 'entity',
              entityKinds: ['Component', 'System'],
              required: true,
              helperText: 'More can be added on the plan',
            },
            {
              name: 'owner',
              label: 'Owner',
              kind: 'entity',
              entityKinds: ['Group', 'User'],
              helperText: 'The owner of what it covers, when left empty',
            },
            { name: 'description', label: 'Description', kind: 'multiline' },
          ]}
          onClose={() => setCreating(false)}
          onSubmit={async values => {
            const plan = await itsmApi.createContinuityRecord(
              'continuity-plan',
              {
                title: values.title.trim(),
                description: values.description?.trim() ?? '',
                entityRefs: [values.entityRef],
                ...(values.owner ? { owner: values.owner } : {}),
              },
            );
            setCreating(false);
            if (link) navigate(link('continuity-plan', plan.ref));
          }}
        />
      )}
    </>
  );
}
