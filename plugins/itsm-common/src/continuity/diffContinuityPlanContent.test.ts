import { diffContinuityPlanContent } from './diffContinuityPlanContent';

const step = (id: string, title: string, minutes = 10) => ({
  id,
  title,
  role: 'DBA',
  expectedMinutes: minutes,
});

describe('comparing two versions of a plan', () => {
  it('names what was added, removed, changed and moved, part by part', () => {
    const differences = diffContinuityPlanContent(
      {
        entityRefs: ['component:default/checkout'],
        procedure: [
          step('a', 'Declare'),
          step('b', 'Fail over'),
          step('c', 'Verify'),
        ],
        activation: { text: 'Down 15 min', majorIncident: true },
      },
      {
        entityRefs: ['component:default/checkout', 'component:default/ledger'],
        procedure: [
          step('b', 'Fail over', 20),
          step('a', 'Declare'),
          step('d', 'Tell the bank'),
        ],
        activation: { text: 'Down 15 min' },
      },
    );
    expect(differences).toEqual([
      {
        part: 'entityRefs',
        kind: 'added',
        item: 'entity',
        after: 'component:default/ledger',
      },
      {
        part: 'procedure',
        kind: 'removed',
        item: 'Verify',
        before: 'Verify (DBA, 10 min)',
      },
      {
        part: 'procedure',
        kind: 'changed',
        item: 'Fail over',
        before: 'Fail over (DBA, 10 min)',
        after: 'Fail over (DBA, 20 min)',
      },
      {
        part: 'procedure',
        kind: 'moved',
        item: 'Declare',
        before: 'step 1',
        after: 'step 2',
      },
      {
        part: 'procedure',
        kind: 'added',
        item: 'Tell the bank',
        after: 'Tell the bank (DBA, 10 min)',
      },
      {
        part: 'activation',
        kind: 'removed',
        item: 'a major incident',
        before: 'yes',
      },
    ]);
  });

  it('finds nothing between equal contents', () => {
    const content = { procedure: [step('a', 'Declare')], activation: {} };
    expect(diffContinuityPlanContent(content, { ...content })).toEqual([]);
  });
});
