import { exerciseKindLabels } from '@backstage-itsm/plugin-itsm-common';
import { CreateRecordInput } from '../../core/domain/createRecordInput';
import { RecordWindow } from '../../core/model/recordModel';

/**
 * The change request an exercise that interrupts service needs (§9.3,
 * §5.2.1): a normal system change on the exercise's entities in its
 * window, its procedure (or the exercise) as the plan, with the risk
 * answers the requester gave.
 */
export function planExerciseChange(options: {
  title: string;
  kind: keyof typeof exerciseKindLabels;
  entityRefs: string[];
  window: RecordWindow;
  risk: unknown;
  plan?: { ref: string; steps: { title: string }[] };
  scenario?: string;
}): CreateRecordInput {
  const { title, kind, entityRefs, window, risk, plan, scenario } = options;
  const what = `${exerciseKindLabels[kind].toLocaleLowerCase(
    'en-US',
  )} exercise`;
  return {
    title: `Continuity ${what}: ${title}`,
    description: [
      `Change request for a continuity ${what} that interrupts service${
        plan ? `, exercising ${plan.ref}` : ''
      }.`,
      scenario,
    ]
      .filter(Boolean)
      .join('\n\n'),
    entityRefs,
    model: 'normal',
    changeType: 'system',
    reason: `Continuity exercise (§9.3)${plan ? ` of ${plan.ref}` : ''}`,
    window,
    risk,
    plan: plan?.steps.length
      ? plan.steps.slice(0, 50).map(s => ({ title: s.title }))
      : [{ title: `Run the ${what}` }],
    testPlan:
      'The services recover within their RTO; the data lost is within the RPO.',
    backoutPlan: 'Stop the exercise and return to the primary setup.',
  };
}
