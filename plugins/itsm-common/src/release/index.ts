export * from './releaseFields';
export * from './releaseVersions';
export * from './releaseWorkflow';
