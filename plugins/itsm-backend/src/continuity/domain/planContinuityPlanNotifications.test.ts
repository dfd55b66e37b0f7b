import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { planContinuityPlanNotifications } from './planContinuityPlanNotifications';

const plan = aStoredRecord({
  type: 'continuity-plan',
  ref: 'CP-3',
  title: 'Checkout continuity plan',
  state: 'active',
  fields: {
    owner: 'user:default/paula.lead',
    contacts: {
      refs: ['group:default/continuity-managers', 'user:default/sam.agent'],
      others: [{ name: 'Data centre hotline', reach: '+49 30 1234' }],
    },
  },
});
const nameOf = (ref: string) => ref.split('/')[1];

describe('planContinuityPlanNotifications', () => {
  it('tells the owner and contacts when the plan is invoked, not the invoker', () => {
    const [sent, ...more] = planContinuityPlanNotifications(
      {
        after: plan,
        event: {
          kind: 'updated',
          actor: 'user:default/sam.agent',
          data: { invokedFor: 'INC-9' },
        },
      },
      nameOf,
    );
    expect(more).toEqual([]);
    expect(sent).toMatchObject({
      to: [
        'user:default/paula.lead',
        'group:default/continuity-managers',
        'user:default/sam.agent',
      ],
      exclude: ['user:default/sam.agent'],
      title: 'CP-3 invoked for major incident INC-9',
      severity: 'critical',
      scope: 'CP-3:invoked',
    });
    expect(sent.description).toContain('sam.agent invoked');
  });

  it('says nothing of the plan’s other changes', () => {
    expect(
      planContinuityPlanNotifications(
        { after: plan, event: { kind: 'updated', actor: 'x', data: {} } },
        nameOf,
      ),
    ).toEqual([]);
  });
});
