import { useState } from 'react';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Exercise } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { FormDialog } from '../../components/FormDialog';
import { RaiseImprovementButton } from '../../improvement';

/**
 * What a drill showed (§9.3 improvement): each finding with its owner and
 * due date, and the plan it sent into revision; each can be raised as an
 * improvement item (§10.2.2).
 */
export function ExerciseFindingsCard(props: {
  exercise: Exercise;
  onChanged: (exercise: Exercise) => void;
}) {
  const { exercise } = props;
  const itsmApi = useApi(itsmApiRef);
  const [adding, setAdding] = useState(false);
  const findings = exercise.findings ?? [];
  const canAdd =
    Boolean(exercise.allowed?.update) &&
    ['running', 'completed'].includes(exercise.state);
  return (
    <InfoCard title="Findings">
      {findings.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No findings yet.
        </Typography>
      ) : (
        <List dense>
          {findings.map(f => (
            <ListItem key={f.id} disableGutters>
              {exercise.allowed?.update && (
                <ListItemSecondaryAction>
                  <RaiseImprovementButton
                    source="exercise-finding"
                    sourceRef={exercise.ref}
                    title={f.title}
                    description={`A finding of the drill ${exercise.ref} (${exercise.title}): ${f.title}`}
                    entityRefs={exercise.entityRefs}
                    owner={f.owner}
                    dueDate={f.dueDate?.slice(0, 10)}
                  />
                </ListItemSecondaryAction>
              )}
              <ListItemText
                primary={f.title}
                secondary={
                  <>
                    Owner <EntityName entityRef={f.owner} />, due{' '}
                    <DateTime value={f.dueDate} variant="date" />
                    {f.planRevised && ` — sent ${f.planRevised} to revision`}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
      {canAdd && (
        <Button color="primary" onClick={() => setAdding(true)}>
          Add finding
        </Button>
      )}
      {adding && (
        <FormDialog
          title="Add a finding"
          submitLabel="Add"
          fields={[
            {
              name: 'title',
              label: 'Finding',
              kind: 'multiline',
              required: true,
            },
            {
              name: 'owner',
              label: 'Owner (user or group)',
              kind: 'entity',
              entityKinds: ['User', 'Group'],
              required: true,
            },
            {
              name: 'dueDate',
              label: 'Due date (YYYY-MM-DD)',
              kind: 'text',
              required: true,
            },
            ...(exercise.plan
              ? [
                  {
                    name: 'revisePlan',
                    label: `Send ${exercise.plan} to revision`,
                    kind: 'select' as const,
                    choices: { no: 'No', yes: 'Yes, the plan must change' },
                  },
                ]
              : []),
          ]}
          initialValues={{ revisePlan: 'no' }}
          onClose={() => setAdding(false)}
          onSubmit={async values => {
            props.onChanged(
              await itsmApi.addExerciseFinding(exercise.ref, {
                version: exercise.version,
                title: values.title,
                owner: values.owner,
                dueDate: values.dueDate,
                ...(values.revisePlan === 'yes' ? { revisePlan: true } : {}),
              }),
            );
            setAdding(false);
          }}
        />
      )}
    </InfoCard>
  );
}
