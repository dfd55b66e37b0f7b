import { incidentQueues, queueHeading } from './queues';

const queue = (id: string) => incidentQueues.find(q => q.id === id)!;

describe('queueHeading', () => {
  it("names the queue while it lists the queue's own states", () => {
    expect(queueHeading(queue('open'))).toBe('All open');
  });

  it('says which state a chosen state lists, never "open" for closed ones', () => {
    expect(queueHeading(queue('open'), 'closed')).toBe('All · Closed');
    expect(queueHeading(queue('resolved'), 'closed')).toBe('All · Closed');
    expect(queueHeading(queue('mine'), 'on_hold')).toBe('My work · On hold');
  });
});
