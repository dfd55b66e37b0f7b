import Box from '@material-ui/core/Box';
import { EntityName } from '../../components/EntityName';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { ChangeForm } from '@backstage-itsm/plugin-itsm-common';

/** A pre-approved change as the change form lists it. */
export type StandardChange = ChangeForm['standardChanges'][number];

/** Props of {@link StandardChangePlan}. */
export type StandardChangePlanProps = {
  id: string;
  template: StandardChange;
};

/**
 * The plans of a standard change, read-only: the pre-approved template
 * fixes how it is carried out, backed out and tested.
 */
export function StandardChangePlan(props: StandardChangePlanProps) {
  const { id, template } = props;
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" id={`${id}-plan-label`}>
        Implementation plan (from the standard change)
      </Typography>
      <ol aria-labelledby={`${id}-plan-label`}>
        {template.plan.map((step, index) => (
          <li key={index}>
            <Typography variant="body2">
              {step.title}
              {step.owner && (
                <>
                  {' '}
                  (<EntityName entityRef={step.owner} link={false} />)
                </>
              )}
            </Typography>
          </li>
        ))}
      </ol>
      <TextField
        id={`${id}-backout`}
        label="Backout plan"
        value={template.backoutPlan}
        multiline
        fullWidth
        margin="normal"
        variant="outlined"
        InputProps={{ readOnly: true }}
      />
      <TextField
        id={`${id}-test`}
        label="Test plan"
        value={template.testPlan}
        multiline
        fullWidth
        margin="normal"
        variant="outlined"
        InputProps={{ readOnly: true }}
      />
    </Box>
  );
}
