export * from './changeFields';
export * from './changeWorkflow';
export * from './changeAnnotations';
