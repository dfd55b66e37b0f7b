import { defaultPriorityMatrix } from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { IncidentIntakeInput, planIncidentIntake } from './planIncidentIntake';
import { routeIncident, RoutingEntity } from './routeIncident';

const serviceDeskGroup = 'group:default/service-desk';
const checkout = {
  entityRef: 'component:default/checkout-service',
  ownerRef: 'group:default/payments-team',
};

function plan(
  input: IncidentIntakeInput,
  firstEntity: RoutingEntity | null = checkout,
) {
  return planIncidentIntake({
    input,
    settings: { priorityMatrix: defaultPriorityMatrix, serviceDeskGroup },
    firstEntity: firstEntity ?? undefined,
    caller: 'user:default/pat.engineer',
    callerIsService: false,
    now: '2026-11-28T10:00:00.000Z',
  });
}

describe('routeIncident', () => {
  it('sends an incident to the support group the entity names, before its owner', () => {
    expect(
      routeIncident(
        { ...checkout, supportGroupRef: 'group:default/dba-team' },
        serviceDeskGroup,
      ),
    ).toBe('group:default/dba-team');
    expect(routeIncident(checkout, serviceDeskGroup)).toBe(
      'group:default/payments-team',
    );
  });

  it('sends an incident without an entity, or owned by a person, to the service desk', () => {
    expect(routeIncident(undefined, serviceDeskGroup)).toBe(serviceDeskGroup);
    expect(
      routeIncident(
        { entityRef: 'component:default/x', ownerRef: 'user:default/jo' },
        serviceDeskGroup,
      ),
    ).toBe(serviceDeskGroup);
  });
});

describe('planIncidentIntake', () => {
  it('derives the priority from impact and urgency and routes to the owner at L2', () => {
    expect(plan({ impact: 'high', urgency: 'medium' })).toEqual({
      priority: 'P2',
      category: undefined,
      assignmentGroup: 'group:default/payments-team',
      supportTier: 'L2',
      assignee: undefined,
      reportedBy: 'user:default/pat.engineer',
      fields: {
        channel: 'portal',
        impact: 'high',
        urgency: 'medium',
      },
    });
  });

  it('routes a request with no entity to the service desk at L1', () => {
    const planned = plan({ priority: 'P4' }, null);
    expect(planned.assignmentGroup).toBe(serviceDeskGroup);
    expect(planned.supportTier).toBe('L1');
  });

  it('takes a priority alone, as the minimal API body gives it', () => {
    expect(plan({ priority: 'P3' }).priority).toBe('P3');
  });

  it('needs a reason to override the matrix, and keeps it', () => {
    expect(() =>
      plan({ impact: 'low', urgency: 'low', priority: 'P1' }),
    ).toThrow(
      'priorityReason is required to set P1 when impact low and urgency low give P4',
    );
    const planned = plan({
      impact: 'low',
      urgency: 'low',
      priority: 'P1',
      priorityReason: 'CEO demo in an hour',
    });
    expect(planned.priority).toBe('P1');
    expect(planned.fields.priorityReason).toBe('CEO demo in an hour');
    expect(
      plan({ impact: 'low', urgency: 'low', priority: 'P4' }).fields,
    ).not.toHaveProperty('priorityReason');
  });

  it.each([
    [{ impact: 'high' as const }, /urgency is required with impact/],
    [{ urgency: 'high' as const }, /impact is required with urgency/],
    [{}, /priority is required when impact and urgency are not given/],
    [
      { priority: 'P3' as const, occurredAt: '2026-11-29T10:00:00.000Z' },
      /occurredAt must not be in the future/,
    ],
  ])('refuses %p with a 400 naming the field', (input, message) => {
    expect(() => plan(input)).toThrow(InputError);
    expect(() => plan(input)).toThrow(message);
  });

  it('records a call logged for someone else, and an explicit group and its tier', () => {
    const planned = plan({
      priority: 'P3',
      channel: 'phone',
      reportedBy: 'user:default/wes.web',
      assignmentGroup: serviceDeskGroup,
      occurredAt: '2026-11-28T09:30:00.000Z',
      scopeOfImpact: 'All EU customers',
    });
    expect(planned.reportedBy).toBe('user:default/wes.web');
    expect(planned.fields).toEqual({
      channel: 'phone',
      occurredAt: '2026-11-28T09:30:00.000Z',
      scopeOfImpact: 'All EU customers',
    });
    expect(planned.assignmentGroup).toBe(serviceDeskGroup);
    expect(planned.supportTier).toBe('L1');
  });

  it('says an incident from a service principal came through the API', () => {
    const planned = planIncidentIntake({
      input: { priority: 'P3' },
      settings: { priorityMatrix: defaultPriorityMatrix, serviceDeskGroup },
      caller: 'service:external:monitoring',
      callerIsService: true,
      now: '2026-11-28T10:00:00.000Z',
    });
    expect(planned.fields.channel).toBe('api');
  });
});
