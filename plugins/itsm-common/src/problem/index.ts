export * from './problemFields';
export * from './problemWorkflow';
