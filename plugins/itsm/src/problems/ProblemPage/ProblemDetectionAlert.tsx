import Alert from '@material-ui/lab/Alert';
import { EntityName } from '../../components/EntityName';
import {
  IncidentCategory,
  incidentCategoryLabels,
  Problem,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * Why proactive detection suggested the problem: so many incidents on one
 * entity, or in one category, within a window.
 */
export function ProblemDetectionAlert(props: {
  detection: NonNullable<Problem['detection']>;
}) {
  const { basis, value, incidents, windowHours } = props.detection;
  return (
    <Alert severity="info" data-testid="problem-detection">
      Suggested by proactive detection: {incidents} incidents on{' '}
      {basis === 'entity' ? (
        <EntityName entityRef={value} />
      ) : (
        incidentCategoryLabels[value as IncidentCategory] ?? value
      )}{' '}
      within {windowHours} hours
    </Alert>
  );
}
