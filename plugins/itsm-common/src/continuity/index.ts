export * from './riskWorkflow';
export * from './riskFields';
export * from './impactAnalysisWorkflow';
export * from './impactAnalysisFields';
export * from './continuityPlanWorkflow';
export * from './exerciseWorkflow';
export * from './exerciseFields';
export * from './continuityRecordTypes';
