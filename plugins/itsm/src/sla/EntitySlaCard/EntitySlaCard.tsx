import { useState } from 'react';
import { EntityName } from '../../components/EntityName';
import { DateTime } from '../../components/DateTime';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  itsmSlaReviewPermission,
  SlaAgreementView,
  slaReviewDecisionLabels,
  SlaReviewDecision,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { formatMinutes } from '../../lib/formatMinutes';
import { FormDialog } from '../../components/FormDialog';
import { SlaAtRiskTable } from '../SlaReportPage/SlaAtRiskTable';
import { formatCompliance, rangeOf } from '../SlaReportPage/slaPeriods';
import { RaiseImprovementButton } from '../../improvement';

/** Why an agreement applies, in words. */
const matchLabels: Record<SlaAgreementView['match'], string> = {
  annotation: 'named by its itsm/sla annotation',
  entity: 'covers it by name',
  system: 'covers its system',
  category: 'covers its category',
  default: 'the default agreement',
};

/** How many incidents at risk the card lists. */
const AT_RISK = 5;

const isNotFound = (error: unknown) =>
  (error as { response?: { status?: number } } | undefined)?.response
    ?.status === 404;

function Objectives(props: { agreement: SlaAgreementView }) {
  return (
    <Table size="small" aria-label="Objectives">
      <TableHead>
        <TableRow>
          <TableCell>Priority</TableCell>
          <TableCell>Response</TableCell>
          <TableCell>Restore</TableCell>
          <TableCell>Counted</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.agreement.objectives.map(o => (
          <TableRow key={o.priority}>
            <TableCell>{o.priority}</TableCell>
            <TableCell>
              {o.responseMinutes ? formatMinutes(o.responseMinutes) : '—'}
            </TableCell>
            <TableCell>
              {o.restoreMinutes ? formatMinutes(o.restoreMinutes) : '—'}
            </TableCell>
            <TableCell>{o.calendar}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The service level card of an entity's overview (§8.2, §8.3): the
 * agreement its incidents fall under and why, its objectives, this month's
 * response and restore compliance, the open incidents breached or at risk,
 * and its last review, which service level managers record from here.
 */
export function EntitySlaCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const itsmApi = useApi(itsmApiRef);
  const base = useItsmBasePath();
  const { allowed: canReview } = usePermission({
    permission: itsmSlaReviewPermission,
  });
  const [reviewing, setReviewing] = useState(false);
  const state = useAsyncRetry(async () => {
    const [agreement, report, reviews] = await Promise.all([
      itsmApi.getSlaAgreement(entityRef).catch(error => {
        if (isNotFound(error)) return undefined;
        throw error;
      }),
      itsmApi.getSlaReport({ ...rangeOf('this-month'), entityRef }),
      itsmApi.listSlaReviews(entityRef),
    ]);
    return { agreement, report, reviews: reviews.items };
  }, [itsmApi, entityRef]);

  if (state.loading && !state.value) {
    return (
      <InfoCard title="Service level">
        <Progress />
      </InfoCard>
    );
  }
  if (state.error) {
    return (
      <InfoCard title="Service level">
        <ResponseErrorPanel error={state.error} />
      </InfoCard>
    );
  }
  const { agreement, report, reviews } = state.value!;
  if (!agreement) {
    return (
      <InfoCard title="Service level">
        <Typography color="textSecondary">
          No service level agreement covers this entity.
        </Typography>
      </InfoCard>
    );
  }
  const [lastReview] = reviews;
  return (
    <InfoCard
      title="Service level"
      subheader={`${agreement.name}: ${matchLabels[agreement.match]}`}
      deepLink={
        base
          ? {
              title: 'Full report',
              link: `${base}/sla?period=this-month&entityRef=${encodeURIComponent(
                entityRef,
              )}`,
            }
          : undefined
      }
    >
      <Objectives agreement={agreement} />
      <Box mt={2} data-testid="sla-this-month">
        <Typography variant="subtitle2">This month</Typography>
        <Typography variant="body2">
          Restore {formatCompliance(report.compliance.restore.overall.percent)}{' '}
          met · response{' '}
          {formatCompliance(report.compliance.response.overall.percent)} met
          {agreement.satisfactionTarget !== undefined
            ? ` · satisfaction target ${agreement.satisfactionTarget}%`
            : ''}
        </Typography>
      </Box>
      <Box mt={2}>
        <Typography variant="subtitle2">Breached or at risk</Typography>
        <SlaAtRiskTable items={report.atRisk} limit={AT_RISK} />
      </Box>
      <Box mt={2} display="flex" alignItems="center" style={{ gap: 8 }}>
        <Typography variant="body2" data-testid="sla-last-review">
          {lastReview ? (
            <>
              Reviewed <DateTime value={lastReview.reviewedAt} variant="date" />{' '}
              by{' '}
              <EntityName
                entityRef={lastReview.reviewedBy}
                defaultKind="user"
              />
              : {slaReviewDecisionLabels[lastReview.decision]}.{' '}
              {lastReview.notes}
            </>
          ) : (
            'Not reviewed yet.'
          )}
        </Typography>
        {canReview && (
          <Button
            size="small"
            variant="outlined"
            onClick={() => setReviewing(true)}
          >
            Review
          </Button>
        )}
        {canReview && lastReview?.decision === 'revise' && (
          <RaiseImprovementButton
            source="sla-review"
            sourceRef={lastReview.id}
            title={`Revise the service levels of ${agreement.name}`}
            description={lastReview.notes}
            entityRefs={[entityRef]}
          />
        )}
      </Box>
      {reviewing && (
        <FormDialog
          title={`Review ${agreement.name}`}
          description="Your decision on the agreement of this service, with the figures of the last 90 days."
          submitLabel="Record review"
          fields={[
            {
              name: 'decision',
              label: 'Decision',
              kind: 'select',
              choices: slaReviewDecisionLabels,
              required: true,
            },
            {
              name: 'notes',
              label: 'Notes',
              kind: 'multiline',
              required: true,
            },
          ]}
          initialValues={{ decision: 'keep' }}
          onClose={() => setReviewing(false)}
          onSubmit={async values => {
            await itsmApi.reviewSla({
              entityRef,
              decision: values.decision as SlaReviewDecision,
              notes: values.notes,
            });
            setReviewing(false);
            state.retry();
          }}
        />
      )}
    </InfoCard>
  );
}
