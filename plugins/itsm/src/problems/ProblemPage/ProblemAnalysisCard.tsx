import { ReactNode, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard, Link } from '@backstage/core-components';
import { Problem, problemWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { ProblemAnalysisDialog } from './ProblemAnalysisDialog';
import { RootCauseView } from './RootCauseView';

const useStyles = makeStyles(theme => ({
  logs: {
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
    background: theme.palette.background.default,
    padding: theme.spacing(1),
    margin: 0,
    borderRadius: theme.shape.borderRadius,
  },
  text: { whiteSpace: 'pre-wrap' },
}));

/** One part of the analysis: a heading and what was recorded, or a dash. */
function Part(props: { title: string; children?: ReactNode }) {
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h4">
        {props.title}
      </Typography>
      {props.children ?? <Typography color="textSecondary">—</Typography>}
    </Box>
  );
}

/** Whether a problem's analysis may still change: it is open. */
function isOpen(problem: Problem): boolean {
  return (problemWorkflow.openStates as readonly string[]).includes(
    problem.state,
  );
}

/**
 * A problem's investigation and analysis (§4.2): the log excerpts, the
 * environment, the steps to reproduce and links to dashboards and logs;
 * the root cause; the workaround, business impact and risk. Those who
 * work an open problem edit them.
 */
export function ProblemAnalysisCard(props: {
  problem: Problem;
  onChanged: (problem: Problem) => void;
  onReloadNeeded: () => void;
}) {
  const { problem, onChanged, onReloadNeeded } = props;
  const classes = useStyles();
  const [editing, setEditing] = useState(false);
  const investigation = problem.investigation ?? {};
  const text = (value?: string) =>
    value?.trim() ? (
      <Typography variant="body2" className={classes.text}>
        {value}
      </Typography>
    ) : undefined;

  return (
    <InfoCard
      title="Investigation and analysis"
      action={
        isOpen(problem) && problem.allowed?.update ? (
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setEditing(true)}
          >
            Edit analysis
          </Button>
        ) : undefined
      }
    >
      <Part title="Log excerpts">
        {investigation.logExcerpts?.trim() ? (
          <pre className={classes.logs} data-testid="log-excerpts">
            {investigation.logExcerpts}
          </pre>
        ) : undefined}
      </Part>
      <Part title="Environment">{text(investigation.environment)}</Part>
      <Part title="Steps to reproduce">
        {text(investigation.stepsToReproduce)}
      </Part>
      <Part title="Links">
        {investigation.links?.length ? (
          <ul style={{ margin: 0, paddingLeft: 24 }}>
            {investigation.links.map(link => (
              <li key={`${link.title}:${link.url}`}>
                <Link to={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : undefined}
      </Part>
      <Part title="Root cause">
        <RootCauseView rootCause={problem.rootCause} />
      </Part>
      <Part title="Workaround">{text(problem.workaround)}</Part>
      <Part title="Business impact">{text(problem.businessImpact)}</Part>
      <Part title="Risk">{text(problem.risk)}</Part>
      {editing && (
        <ProblemAnalysisDialog
          problem={problem}
          onClose={() => setEditing(false)}
          onSaved={saved => {
            setEditing(false);
            onChanged(saved);
          }}
          onReloadNeeded={onReloadNeeded}
        />
      )}
    </InfoCard>
  );
}
