import { aStoredRecord } from '../__testUtils__/aStoredRecord';
import { presentLink } from './presenters';

const record = aStoredRecord({ number: 3 });

describe('presentLink', () => {
  it('shows both ends by ref, title and state', () => {
    const target = {
      ...record,
      id: 'b',
      ref: 'INC-1',
      title: 'Root cause',
      state: 'resolved',
    };
    expect(
      presentLink({
        link: {
          id: 'l1',
          kind: 'duplicates',
          sourceId: record.id,
          targetId: 'b',
          createdBy: 'user:default/sam.agent',
          createdAt: '2026-11-28T10:10:00.000Z',
        },
        source: record,
        target,
      }),
    ).toEqual({
      id: 'l1',
      kind: 'duplicates',
      source: {
        id: record.id,
        ref: 'INC-3',
        type: 'incident',
        title: 'Checkout fails',
        state: 'new',
      },
      target: {
        id: 'b',
        ref: 'INC-1',
        type: 'incident',
        title: 'Root cause',
        state: 'resolved',
      },
      createdBy: 'user:default/sam.agent',
      createdAt: '2026-11-28T10:10:00.000Z',
    });
  });
});
