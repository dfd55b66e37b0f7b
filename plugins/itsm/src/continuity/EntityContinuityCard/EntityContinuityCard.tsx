import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Link,
  LinkButton,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import {
  ContinuityRecordType,
  ContinuitySummary,
  exerciseKindLabels,
  ExerciseKind,
  exerciseResultLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { useContinuityLink } from '../../hooks/useContinuityLink';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { formatMinutes } from '../../lib/formatMinutes';
import { IssuePath } from '../ImpactAnalysisPage/RecoveryObjectivesCard';

const TITLE = 'Continuity';

const minutes = (value?: number) =>
  value === undefined ? '—' : formatMinutes(value);

/** A continuity record by its id, linked to its page when the app has one. */
function RecordLink(props: {
  type: ContinuityRecordType;
  ref_: string;
  children?: ReactNode;
}) {
  const link = useContinuityLink();
  const text = props.children ?? props.ref_;
  return link ? (
    <Link to={link(props.type, props.ref_)}>{text}</Link>
  ) : (
    <>{text}</>
  );
}

/** The red flags, each in a sentence. */
function Flags(props: { summary: ContinuitySummary }) {
  const { summary } = props;
  const [issue, ...more] = summary.objectives.issues;
  return (
    <>
      {summary.flags.includes('no-plan') && (
        <Alert severity="error">
          No approved or active continuity plan covers it.
        </Alert>
      )}
      {summary.flags.includes('no-recent-exercise') && (
        <Alert severity="warning">No drill in the last 12 months.</Alert>
      )}
      {summary.flags.includes('rto-not-achievable') && (
        <Alert severity="error">
          RTO not achievable
          {issue && (
            <>
              : {issue.message} (<IssuePath path={issue.path} />)
              {more.length > 0 &&
                ` and ${more.length} more inconsistenc${
                  more.length === 1 ? 'y' : 'ies'
                }`}
            </>
          )}
          .
        </Alert>
      )}
    </>
  );
}

/** The Continuity card's facts, once something covers the entity. */
function SummaryTable(props: {
  summary: ContinuitySummary;
  startAnalysis?: string;
}) {
  const { summary } = props;
  const { analysis, lastExercise, findings } = summary;
  return (
    <StructuredMetadataTable
      metadata={{
        analysis: analysis ? (
          <>
            <RecordLink type="impact-analysis" ref_={analysis.ref} /> ·{' '}
            {stateLabel('impact-analysis', analysis.state)}
            {analysis.reviewDueAt && (
              <>
                {' '}
                · review due{' '}
                <DateTime value={analysis.reviewDueAt} variant="date" />
              </>
            )}
          </>
        ) : (
          <>
            None.{' '}
            {props.startAnalysis && (
              <Link to={props.startAnalysis}>Start an analysis</Link>
            )}
          </>
        ),
        RTO: minutes(analysis?.rtoMinutes),
        RPO: minutes(analysis?.rpoMinutes),
        MTPD: minutes(analysis?.mtpdMinutes),
        plans: summary.plans.length ? (
          <>
            {summary.plans.map(plan => (
              <div key={plan.ref} data-testid={`plan-${plan.ref}`}>
                <RecordLink type="continuity-plan" ref_={plan.ref}>
                  {plan.ref} {plan.title}
                </RecordLink>{' '}
                · {stateLabel('continuity-plan', plan.state)}
              </div>
            ))}
          </>
        ) : (
          'None'
        ),
        'last drill': lastExercise ? (
          <span data-testid="last-drill">
            <RecordLink type="exercise" ref_={lastExercise.ref}>
              {lastExercise.ref} {lastExercise.title}
            </RecordLink>
            {lastExercise.kind && lastExercise.kind in exerciseKindLabels
              ? ` (${exerciseKindLabels[lastExercise.kind as ExerciseKind]})`
              : ''}{' '}
            ·{' '}
            {lastExercise.result
              ? exerciseResultLabels[lastExercise.result]
              : 'no result'}{' '}
            · <DateTime value={lastExercise.completedAt} variant="date" />
          </span>
        ) : (
          'None'
        ),
        ...(findings
          ? {
              'open findings': findings.open ? (
                <>
                  {findings.open}
                  {findings.items.map((f, i) => (
                    <Typography
                      key={`${f.exerciseRef}-${i}`}
                      variant="body2"
                      data-testid="finding"
                    >
                      {f.title} (
                      <RecordLink type="exercise" ref_={f.exerciseRef} />)
                      {f.owner && (
                        <>
                          {' '}
                          · <EntityName entityRef={f.owner} />
                        </>
                      )}
                      {f.dueDate && (
                        <>
                          {' '}
                          · due{' '}
                          <DateTime
                            value={`${f.dueDate.slice(0, 10)}T12:00:00Z`}
                            variant="date"
                          />
                        </>
                      )}
                    </Typography>
                  ))}
                </>
              ) : (
                'None'
              ),
            }
          : {}),
      }}
    />
  );
}

/**
 * The Continuity card of the overview of components and systems (issue
 * 20, item 7; §9.1.3, §9.2, §9.3): the recovery objectives of its business
 * impact analysis, the analysis's state and review date, the plans that
 * cover it, its last drill and result, the open findings of its drills,
 * and red flags (no plan, no drill in 12 months, RTO not achievable over
 * the dependency graph), each record linked to its page. One request:
 * `GET /continuity/summary`.
 */
export function EntityContinuityCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const itsmApi = useApi(itsmApiRef);
  const base = useItsmBasePath();
  const state = useAsync(
    () => itsmApi.getContinuitySummary(entityRef),
    [itsmApi, entityRef],
  );
  if (state.loading) {
    return (
      <InfoCard title={TITLE}>
        <Progress />
      </InfoCard>
    );
  }
  if (state.error || !state.value) {
    return (
      <InfoCard title={TITLE}>
        <ResponseErrorPanel error={state.error ?? new Error('No summary')} />
      </InfoCard>
    );
  }
  const summary = state.value;
  const startAnalysis = base
    ? `${base}/continuity?tab=business-impact-analyses&entityRef=${encodeURIComponent(
        entityRef,
      )}`
    : undefined;
  const nothing =
    !summary.analysis &&
    summary.plans.length === 0 &&
    !summary.lastExercise &&
    !summary.findings?.open;
  return (
    <InfoCard
      title={TITLE}
      deepLink={
        base
          ? {
              title: 'Continuity coverage',
              link: `${base}/continuity?tab=coverage`,
            }
          : undefined
      }
    >
      {nothing ? (
        <Box>
          <Typography variant="body2" data-testid="continuity-nothing">
            No business impact analysis, continuity plan or drill covers this
            entity yet: its recovery objectives are unknown.
          </Typography>
          {startAnalysis && (
            <Box mt={2}>
              <LinkButton variant="outlined" color="primary" to={startAnalysis}>
                Start an analysis
              </LinkButton>
            </Box>
          )}
        </Box>
      ) : (
        <>
          <Box display="flex" flexDirection="column" gridGap={8} mb={1}>
            <Flags summary={summary} />
          </Box>
          <SummaryTable summary={summary} startAnalysis={startAnalysis} />
        </>
      )}
    </InfoCard>
  );
}
