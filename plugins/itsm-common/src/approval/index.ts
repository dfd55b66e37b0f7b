export * from './evaluateApprovals';
