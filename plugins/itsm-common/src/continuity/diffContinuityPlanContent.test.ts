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

  it("names a measure's owner by catalog name, not by ref", () => {
    const measure = {
      id: 'm1',
      phase: 'prevention' as const,
      title: 'Two zones',
      owner: 'group:default/payments-team',
      dueDate: '2027-01-31',
    };
    expect(
      diffContinuityPlanContent(
        { measures: [measure] },
        { measures: [{ ...measure, dueDate: '2027-02-28' }] },
      ),
    ).toEqual([
      expect.objectContaining({
        before: 'Prevention: Two zones (owner payments-team, due 2027-01-31)',
        after: 'Prevention: Two zones (owner payments-team, due 2027-02-28)',
      }),
    ]);
  });

  it('finds nothing between equal contents', () => {
    const content = { procedure: [step('a', 'Declare')], activation: {} };
    expect(diffContinuityPlanContent(content, { ...content })).toEqual([]);
  });
});
