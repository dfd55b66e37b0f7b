import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { ContinuityPlan } from '@backstage-itsm/plugin-itsm-common';
import { EntityName } from '../../components/EntityName';
import { useWholeWordCells } from '../ContinuityRecordsTable';

/** A role in words, or the user or group it names. */
function Role(props: { role: string }) {
  return /^(user|group):/.test(props.role) ? (
    <EntityName entityRef={props.role} />
  ) : (
    <>{props.role}</>
  );
}

/**
 * The contingency plan and emergency response procedure (§9.2.2(4)): its
 * steps in order, the role that performs each, how long it should take
 * and its runbook, with the total.
 */
export function PlanProcedureCard(props: { plan: ContinuityPlan }) {
  const wholeWords = useWholeWordCells();
  const steps = props.plan.procedure ?? [];
  const total = steps.reduce((sum, s) => sum + s.expectedMinutes, 0);
  return (
    <InfoCard
      title="Procedure"
      subheader={
        steps.length ? `${steps.length} steps, ${total} min` : undefined
      }
    >
      {steps.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No steps yet.
        </Typography>
      ) : (
        <Table className={wholeWords.table} size="small" aria-label="Procedure">
          <TableHead>
            <TableRow style={{ whiteSpace: 'nowrap' }}>
              <TableCell>#</TableCell>
              <TableCell>Step</TableCell>
              <TableCell>Role</TableCell>
              <TableCell>Minutes</TableCell>
              <TableCell>Runbook</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {steps.map((step, i) => (
              <TableRow key={step.id}>
                <TableCell>{i + 1}</TableCell>
                <TableCell>{step.title}</TableCell>
                <TableCell>
                  <Role role={step.role} />
                </TableCell>
                <TableCell>{step.expectedMinutes}</TableCell>
                <TableCell>
                  {step.runbookUrl ? (
                    <Link
                      href={step.runbookUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                    >
                      Runbook
                    </Link>
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
