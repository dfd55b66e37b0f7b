import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ContinuityPlan,
  ContinuityPlanContent,
  ContinuityPlanDifference,
  continuityPlanPartLabels,
  diffContinuityPlanContent,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { isEntityRef } from '../../lib/isEntityRef';

/** The plan's content as it is now, as a version keeps it. */
export function currentContentOf(plan: ContinuityPlan): ContinuityPlanContent {
  return {
    entityRefs: plan.entityRefs,
    measures: (plan.measures ?? []).map(
      ({ doneAt: _at, doneBy: _by, ...m }) => m,
    ),
    procedure: plan.procedure ?? [],
    activation: plan.activation ?? {},
    resources: plan.resources ?? { entityRefs: [], items: [] },
    contacts: plan.contacts ?? { refs: [], others: [] },
    schedule: (plan.schedule ?? []).map(({ nextDates: _n, ...d }) => d),
  };
}

const kindLabels = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  moved: 'Moved',
};

/** One side of a difference: a covered service by name, else the text. */
function DifferenceSide(props: { text?: string }) {
  if (props.text === undefined) return <>—</>;
  return isEntityRef(props.text) ? (
    <EntityName entityRef={props.text} />
  ) : (
    <>{props.text}</>
  );
}

/**
 * The plan's approved versions, read-only (§9.2), each comparable with
 * the next one or, for the last, with the plan as it is now.
 */
export function PlanVersionsCard(props: { plan: ContinuityPlan }) {
  const { plan } = props;
  const itsmApi = useApi(itsmApiRef);
  const versions = plan.versions ?? [];
  const [compared, setCompared] = useState<{
    label: string;
    differences: ContinuityPlanDifference[];
  }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const compare = async (n: number) => {
    setBusy(true);
    setError(undefined);
    try {
      const from = await itsmApi.getContinuityPlanVersion(plan.ref, n);
      const next = versions.some(v => v.version === n + 1)
        ? (await itsmApi.getContinuityPlanVersion(plan.ref, n + 1)).content
        : currentContentOf(plan);
      setCompared({
        label: versions.some(v => v.version === n + 1)
          ? `Version ${n} → version ${n + 1}`
          : `Version ${n} → the plan now`,
        differences: diffContinuityPlanContent(from.content, next),
      });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <InfoCard title="Approved versions">
      {versions.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          Not approved yet.
        </Typography>
      )}
      {versions.map(v => (
        <Typography key={v.version} variant="body2" component="div">
          Version {v.version}, approved <DateTime value={v.approvedAt} /> by{' '}
          {v.approvedBy.map((who, i) => (
            <span key={who}>
              {i > 0 && ', '}
              <EntityName entityRef={who} defaultKind="user" />
            </span>
          ))}{' '}
          <Button
            size="small"
            disabled={busy}
            onClick={() => compare(v.version)}
          >
            Compare
          </Button>
        </Typography>
      ))}
      {busy && <Progress />}
      {error && <Alert severity="error">{error}</Alert>}
      {compared && (
        <>
          <Typography variant="subtitle2" style={{ marginTop: 16 }}>
            {compared.label}
          </Typography>
          {compared.differences.length === 0 ? (
            <Typography variant="body2">No differences.</Typography>
          ) : (
            <Table size="small" aria-label="Differences">
              <TableHead>
                <TableRow style={{ whiteSpace: 'nowrap' }}>
                  <TableCell>Part</TableCell>
                  <TableCell>What</TableCell>
                  <TableCell>Before</TableCell>
                  <TableCell>After</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {compared.differences.map((d, i) => (
                  <TableRow key={i}>
                    <TableCell style={{ whiteSpace: 'nowrap' }}>
                      {continuityPlanPartLabels[d.part]}
                    </TableCell>
                    <TableCell>
                      {kindLabels[d.kind]}: {d.item}
                    </TableCell>
                    <TableCell>
                      <DifferenceSide text={d.before} />
                    </TableCell>
                    <TableCell>
                      <DifferenceSide text={d.after} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </InfoCard>
  );
}
