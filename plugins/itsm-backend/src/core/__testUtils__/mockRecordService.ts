import { RecordService } from '../services/RecordService';

/** A RecordService whose every use case is a jest mock (for tests). */
export function mockRecordService(): jest.Mocked<RecordService> {
  return {
    create: jest.fn(),
    get: jest.fn(),
    list: jest.fn(),
    counts: jest.fn(),
    update: jest.fn(),
    transition: jest.fn(),
    change: jest.fn(),
    comment: jest.fn(),
    timeline: jest.fn(),
    link: jest.fn(),
    links: jest.fn(),
    allowedActions: jest.fn(),
    // Records carry no service level clock unless a test says so.
    slaSummaries: jest.fn().mockResolvedValue(new Map()),
    reportScope: jest.fn(),
  };
}
