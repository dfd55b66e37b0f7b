import { useCallback } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { downloadCsv } from '../../lib/csv';
import { formatMinutes } from '../../lib/formatMinutes';
import { useContinuityLink } from '../../hooks/useContinuityLink';
import {
  IssuePath,
  issueLabels,
} from '../ImpactAnalysisPage/RecoveryObjectivesCard';
import { coverageCsv } from './coverageCsv';
import { useWholeWordCells } from '../ContinuityRecordsTable';

const gapLabels: Record<string, string> = {
  'no-approved-plan': 'no approved plan',
  'no-recent-exercise': 'no exercise in 12 months',
};
const reasonLabels: Record<string, string> = {
  mtpd: 'short MTPD',
  sla: 'production under an SLA',
};

/**
 * The coverage report (§9.2, §9.3): critical services without an approved
 * plan or a recent exercise; every analysed service whose recovery
 * objectives the dependency graph contradicts, with how many
 * inconsistencies it has, the nearest ones and a link to its analysis
 * (which lists them all); and every inconsistency once at its cause, with
 * the services it affects. With a CSV download.
 */
export function CoverageTab() {
  const wholeWords = useWholeWordCells();
  const itsmApi = useApi(itsmApiRef);
  const link = useContinuityLink();
  const { value, loading, error } = useAsync(
    useCallback(() => itsmApi.getContinuityCoverage(), [itsmApi]),
  );
  if (error) return <ResponseErrorPanel error={error} />;
  if (loading || !value) return <Progress />;
  return (
    <>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="body2" color="textSecondary">
          {value.criticalServices} critical services (an MTPD of at most{' '}
          {formatMinutes(value.criticalMtpdMinutes)}, or in production under a
          service level agreement); as of <DateTime value={value.generatedAt} />
          .{' '}
          {value.graphSource === 'cmdb-index'
            ? 'Dependencies from the CMDB index, as of its last look at the catalog.'
            : 'Dependencies from the catalog.'}
        </Typography>
        <Button
          variant="outlined"
          onClick={() =>
            downloadCsv(
              coverageCsv(value, entityRefName),
              `continuity-coverage-${value.generatedAt.slice(0, 10)}.csv`,
            )
          }
        >
          Download CSV
        </Button>
      </Box>
      <Box mt={2}>
        <Typography variant="h6">Critical services with gaps</Typography>
        {value.gaps.length === 0 ? (
          <Typography variant="body2">
            Every critical service has an approved plan and a recent exercise.
          </Typography>
        ) : (
          <Table
            className={wholeWords.table}
            size="small"
            aria-label="Critical services with gaps"
          >
            <TableHead>
              <TableRow>
                <TableCell>Service</TableCell>
                <TableCell>Critical for</TableCell>
                <TableCell>Gaps</TableCell>
                <TableCell>Last exercise</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.gaps.map(gap => (
                <TableRow key={gap.entityRef}>
                  <TableCell>
                    <EntityName entityRef={gap.entityRef} />
                  </TableCell>
                  <TableCell>
                    {gap.reasons.map(r => reasonLabels[r]).join(', ')}
                  </TableCell>
                  <TableCell>
                    {gap.gaps.map(g => gapLabels[g]).join(', ')}
                  </TableCell>
                  <TableCell>
                    <DateTime value={gap.lastExerciseAt} variant="date" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
      <Box mt={3}>
        <Typography variant="h6">Inconsistent recovery objectives</Typography>
        {value.inconsistent.length === 0 ? (
          <Typography variant="body2">
            Every analysed service can meet its RTO.
          </Typography>
        ) : (
          <Table
            className={wholeWords.table}
            size="small"
            aria-label="Inconsistent recovery objectives"
          >
            <TableHead>
              <TableRow>
                <TableCell>Service</TableCell>
                <TableCell>RTO</TableCell>
                <TableCell>Issues</TableCell>
                <TableCell>
                  Nearest ({value.issuesPerService} at most; the analysis lists
                  every one)
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.inconsistent.map(check => (
                <TableRow key={check.entityRef}>
                  <TableCell>
                    <EntityName entityRef={check.entityRef} />
                  </TableCell>
                  <TableCell>
                    {check.rtoMinutes === undefined
                      ? '—'
                      : formatMinutes(check.rtoMinutes)}
                  </TableCell>
                  <TableCell>
                    {check.issueCount}
                    {check.truncated && check.analysis && (
                      <>
                        {' '}
                        (all on{' '}
                        {link ? (
                          <Link
                            to={link('impact-analysis', check.analysis.ref)}
                          >
                            {check.analysis.ref}
                          </Link>
                        ) : (
                          check.analysis.ref
                        )}
                        )
                      </>
                    )}
                  </TableCell>
                  <TableCell>
                    {check.issues.map(issue => (
                      <Typography
                        key={`${issue.kind}:${issue.entityRef}`}
                        variant="body2"
                      >
                        {issueLabels[issue.kind]}:{' '}
                        <IssuePath path={issue.path} />
                      </Typography>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
      {value.causes.length > 0 && (
        <Box mt={3}>
          <Typography variant="h6">
            Where the inconsistencies come from
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Every inconsistency once, at the entity that causes it, with the
            analysed services it affects and the shortest path to it.
          </Typography>
          <Table size="small" aria-label="Causes of inconsistent objectives">
            <TableHead>
              <TableRow>
                <TableCell>Entity at fault</TableCell>
                <TableCell>Why</TableCell>
                <TableCell>Services affected</TableCell>
                <TableCell>Shortest path</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.causes.map(cause => (
                <TableRow key={`${cause.kind}:${cause.entityRef}`}>
                  <TableCell>
                    <EntityName entityRef={cause.entityRef} />
                  </TableCell>
                  <TableCell>{issueLabels[cause.kind]}</TableCell>
                  <TableCell>{cause.services}</TableCell>
                  <TableCell>
                    <IssuePath path={cause.path} />
                    <Typography variant="body2" color="textSecondary">
                      {cause.message}
                    </Typography>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </>
  );
}
