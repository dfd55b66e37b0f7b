export * from './changeFields';
export * from './changeWorkflow';
