import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  continuityRiskLevelLabels,
  itsmContinuityManagePermission,
  riskAreaLabels,
  riskImpactLabels,
  riskLikelihoodLabels,
  riskTreatmentLabels,
} from '@backstage-itsm/plugin-itsm-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { EntityRefField } from '../../components/EntityRefField';
import { FormDialog } from '../../components/FormDialog';
import { ContinuityRecordsTable } from '../ContinuityRecordsTable';
import { HeatMapCell, RiskHeatMap } from './RiskHeatMap';
import { RiskLevelChip } from './RiskLevelChip';
import { RiskReportsDialog } from './RiskReportsDialog';
import { newRiskFormFields, newRiskOf } from './riskForm';

/** An amount with its currency, e.g. "30,000 EUR". */
export const formatAmount = (value: number, currency: string) =>
  `${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${currency}`;

/**
 * The Risks tab of the continuity page (§9.1): the ranked risk register
 * of a scope (all, a system or a domain), its likelihood × impact heat map
 * (a cell filters the register), a new risk (continuity managers) and the
 * risk assessment reports.
 */
export function RisksTab() {
  const itsmApi = useApi(itsmApiRef);
  const [scope, setScope] = useState<string>();
  const [cell, setCell] = useState<HeatMapCell>();
  const [dialog, setDialog] = useState<'new' | 'reports'>();
  const { allowed: canManage } = usePermission({
    permission: itsmContinuityManagePermission,
  });
  const register = useAsyncRetry(
    () => itsmApi.getRiskRegister(scope ?? 'all'),
    [itsmApi, scope],
  );
  const risks = register.value?.items ?? [];
  const shown = cell
    ? risks.filter(
        r => r.likelihood === cell.likelihood && r.impact === cell.impact,
      )
    : risks;
  const currency = register.value?.currency ?? '';

  return (
    <>
      <Box display="flex" alignItems="flex-start" flexWrap="wrap" mb={2}>
        <Box width={360} mr={2}>
          <EntityRefField
            id="risk-scope"
            label="Scope"
            kinds={['system', 'domain']}
            value={scope}
            onChange={ref => {
              setScope(ref);
              setCell(undefined);
            }}
            helperText="A system or a domain; empty for all services"
            size="small"
          />
        </Box>
        <Box flexGrow={1} />
        <Button variant="outlined" onClick={() => setDialog('reports')}>
          Assessment report
        </Button>
        {canManage && (
          <Box ml={1}>
            <Button
              variant="contained"
              color="primary"
              onClick={() => setDialog('new')}
            >
              New risk
            </Button>
          </Box>
        )}
      </Box>
      {register.error && <ResponseErrorPanel error={register.error} />}
      {register.loading && !register.value && <Progress />}
      {register.value && (
        <Grid container spacing={3}>
          <Grid item xs={12} lg={7}>
            <RiskHeatMap
              risks={risks}
              matrix={register.value.matrix}
              selected={cell}
              onSelect={setCell}
            />
          </Grid>
          <Grid item xs={12} lg={5}>
            <Typography variant="body2" color="textSecondary" paragraph>
              {cell
                ? `${shown.length} of ${risks.length} risks rated likelihood ${
                    cell.likelihood
                  } (${riskLikelihoodLabels[cell.likelihood]}) and impact ${
                    cell.impact
                  } (${
                    riskImpactLabels[cell.impact]
                  }); click the cell again for all.`
                : `${risks.length} risks in the register, ranked by level, then annual loss expectancy, then likelihood × impact.`}
              {register.value.truncated &&
                ' Only the first 2,000 risks are shown.'}
            </Typography>
          </Grid>
          <Grid item xs={12}>
            {shown.length === 0 ? (
              <Typography variant="body2" color="textSecondary">
                No risks {cell ? 'in this cell' : 'in this scope'}.
              </Typography>
            ) : (
              <ContinuityRecordsTable
                type="risk"
                records={shown}
                columns={[
                  { title: 'Area', value: r => riskAreaLabels[r.area] },
                  {
                    title: 'Level',
                    value: r => <RiskLevelChip level={r.level} />,
                  },
                  {
                    title: 'L × I',
                    value: r =>
                      r.likelihood && r.impact
                        ? `${r.likelihood} × ${r.impact}`
                        : '—',
                  },
                  {
                    title: 'ALE',
                    value: r =>
                      r.annualLossExpectancy === undefined
                        ? '—'
                        : formatAmount(
                            r.annualLossExpectancy,
                            r.currency ?? currency,
                          ),
                  },
                  {
                    title: 'Treatment',
                    value: r =>
                      r.treatment ? (
                        <>
                          {riskTreatmentLabels[r.treatment]}
                          {r.treatmentOwner && (
                            <>
                              {' · '}
                              <EntityName entityRef={r.treatmentOwner} />
                            </>
                          )}
                        </>
                      ) : (
                        '—'
                      ),
                  },
                  {
                    title: 'Review',
                    value: r => (
                      <DateTime
                        value={r.reviewDate && `${r.reviewDate}T12:00:00Z`}
                        variant="date"
                      />
                    ),
                  },
                ]}
              />
            )}
          </Grid>
        </Grid>
      )}
      {dialog === 'new' && (
        <FormDialog
          title="New risk"
          description={`Rate likelihood and impact from 1 to 5: the level (${Object.values(
            continuityRiskLevelLabels,
          ).join(', ')}) follows from the risk matrix.`}
          submitLabel="Record risk"
          fields={newRiskFormFields}
          initialValues={scope ? { entityRef: scope } : {}}
          onClose={() => setDialog(undefined)}
          onSubmit={async values => {
            await itsmApi.createContinuityRecord('risk', newRiskOf(values));
            setDialog(undefined);
            register.retry();
          }}
        />
      )}
      {dialog === 'reports' && (
        <RiskReportsDialog
          scope={scope ?? 'all'}
          canGenerate={canManage}
          onClose={() => setDialog(undefined)}
        />
      )}
    </>
  );
}
