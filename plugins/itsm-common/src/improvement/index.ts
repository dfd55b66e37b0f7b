export * from './indicatorCatalogue';
export * from './indicatorTargets';
export * from './formatIndicatorValue';
export * from './improvementFields';
export * from './improvementWorkflow';
export * from './trainingWorkflow';
export * from './improvementRecordTypes';
export * from './improvementPlan';
