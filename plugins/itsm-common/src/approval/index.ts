export * from './evaluateApprovals';
export * from './approvedContent';
export * from './partiesToTheWork';
